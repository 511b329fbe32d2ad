import {
  markdown,
  stringAttribute,
  type WidgetMarkdown,
} from "@/lib/docs/markdown-kit";

export const RequestInspectorMarkdown: WidgetMarkdown = (
  element,
  { origin, pageUrl },
) => {
  const url = stringAttribute(element, "url");
  return markdown(
    `On [the page](${pageUrl}) you can send \`GET\`, \`POST\`, \`PUT\` or \`DELETE\` to [\`${url}\`](${origin}${url}) ` +
      "from your browser, with your session cookie or with no cookie at all, and see the status, headers and body that come back.",
  );
};
