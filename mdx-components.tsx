import { useMDXComponents as getThemeComponents } from "nextra-theme-docs";
import type { MDXComponents } from "nextra/mdx-components";
import { AddToApp } from "@/components/add-to-app/add-to-app";
import { BenchFigures } from "@/components/bench-figures/bench-figures";
import { ExampleCode } from "@/components/example-code/example-code";
import { LivePreview } from "@/components/live-preview/live-preview";
import { RequestInspector } from "@/components/request-inspector/request-inspector";
import { Sandbox } from "@/components/sandbox/sandbox";
import { SignedOutView } from "@/components/signed-out-view/signed-out-view";
import type { DocsWidget } from "@/components/docs-widgets";

const themeComponents = getThemeComponents();

// Every docs widget of components/docs-widgets.ts, so MDX pages use them
// without imports. <CourseOverview> reads the session:
// app/[[...mdxPath]]/page.tsx passes it in from outside the page's cache.
const widgets = {
  AddToApp,
  BenchFigures,
  ExampleCode,
  LivePreview,
  RequestInspector,
  Sandbox,
  SignedOutView,
} satisfies Record<Exclude<DocsWidget, "CourseOverview">, unknown>;

export function useMDXComponents(components?: MDXComponents) {
  return { ...themeComponents, ...widgets, ...components };
}
