import { AddToAppMarkdown } from "@/components/add-to-app/add-to-app.markdown";
import { BenchFiguresMarkdown } from "@/components/bench-figures/bench-figures.markdown";
import { CourseOverviewMarkdown } from "@/components/course/course-overview.markdown";
import type { DocsWidget } from "@/components/docs-widgets";
import { ExampleCodeMarkdown } from "@/components/example-code/example-code.markdown";
import { LivePreviewMarkdown } from "@/components/live-preview/live-preview.markdown";
import { RequestInspectorMarkdown } from "@/components/request-inspector/request-inspector.markdown";
import { SandboxMarkdown } from "@/components/sandbox/sandbox.markdown";
import { SignedOutViewMarkdown } from "@/components/signed-out-view/signed-out-view.markdown";
import type { WidgetMarkdown } from "./markdown-kit";

// What each docs widget becomes in a page's Markdown: the code it shows, or a
// sentence on what the interactive part does with a link to the page that has it.
export const WIDGETS: Record<DocsWidget, WidgetMarkdown> = {
  AddToApp: AddToAppMarkdown,
  BenchFigures: BenchFiguresMarkdown,
  CourseOverview: CourseOverviewMarkdown,
  ExampleCode: ExampleCodeMarkdown,
  LivePreview: LivePreviewMarkdown,
  RequestInspector: RequestInspectorMarkdown,
  Sandbox: SandboxMarkdown,
  SignedOutView: SignedOutViewMarkdown,
};

export function isDocsWidget(name: string): name is DocsWidget {
  return Object.hasOwn(WIDGETS, name);
}
