import {
  markdown,
  stringAttribute,
  type WidgetMarkdown,
} from "@/lib/docs/markdown-kit";
import {
  isSignedOutExample,
  SIGNED_OUT_EXAMPLES,
} from "@/lib/signed-out-request";

function signedOutRequest(example: string): string {
  if (!isSignedOutExample(example)) {
    throw new Error(
      `<SignedOutView example="${example}">: no such id in any lesson's signedOut (lib/course/lessons.ts).`,
    );
  }
  const entry = SIGNED_OUT_EXAMPLES[example];
  if ("json" in entry) {
    return `posts JSON to \`${entry.path}\` as a page on \`${entry.origin}\` would, with no cookie`;
  }
  if (entry.method === "POST") {
    return `posts the page's form to \`${entry.path}\` with no cookie`;
  }
  if ("cookie" in entry) {
    return `requests \`GET ${entry.path}\` with only the cookie \`${entry.cookie}\``;
  }
  return `requests \`GET ${entry.path}\` with no cookie`;
}

export const SignedOutViewMarkdown: WidgetMarkdown = (element, { pageUrl }) =>
  markdown(
    `On [the page](${pageUrl}), a button ${signedOutRequest(stringAttribute(element, "example"))}, ` +
      "as a visitor without a session would, and shows the real response: status, headers and body.",
  );
