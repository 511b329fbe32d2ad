import {
  markdown,
  stringAttribute,
  type WidgetMarkdown,
} from "@/lib/docs/markdown-kit";
import { isSandboxFile, SANDBOXES } from "./sandboxes";

export const SandboxMarkdown: WidgetMarkdown = (element, { pageUrl }) => {
  const file = stringAttribute(element, "file");
  if (!isSandboxFile(file)) {
    throw new Error(
      `<Sandbox file="${file}">: no such file in examples/sandboxes/.`,
    );
  }
  const { does } = SANDBOXES[file];
  return markdown(
    `[The page](${pageUrl}) has an editable sandbox of client code that ${does}. ` +
      "It runs in your browser, and reaches the server through the page with your session.",
  );
};
