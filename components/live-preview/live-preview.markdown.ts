import {
  markdown,
  stringAttribute,
  type WidgetMarkdown,
} from "@/lib/docs/markdown-kit";

// An autolink needs an absolute URL; site-relative (origin "") gets a plain link.
export const LivePreviewMarkdown: WidgetMarkdown = (element, { origin }) => {
  const src = stringAttribute(element, "src");
  return markdown(
    `Live example: ${origin ? `<${origin}${src}>` : `[${src}](${src})`}`,
  );
};
