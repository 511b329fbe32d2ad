// The docs widgets that MDX pages use without imports. Each is registered
// twice from this list: its component in mdx-components.tsx, and its Markdown
// renderer (the <widget>.markdown.ts beside it) in lib/docs/widget-markdown.ts.
// Both are typed by the list, so the build fails if either misses one.
export const DOCS_WIDGETS = [
  "AddToApp",
  "BenchFigures",
  "CourseOverview",
  "ExampleCode",
  "LivePreview",
  "RequestInspector",
  "Sandbox",
  "SignedOutView",
] as const;

export type DocsWidget = (typeof DOCS_WIDGETS)[number];
