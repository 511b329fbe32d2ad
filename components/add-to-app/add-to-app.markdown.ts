import {
  markdown,
  stringAttribute,
  type WidgetMarkdown,
} from "@/lib/docs/markdown-kit";
import { appPath, buildItem } from "@/lib/registry/build";
import { installCommand, PLACEHOLDER_ORIGIN } from "@/lib/registry/items";

/** The command in a shell fence (on this site's origin when the build knew it), then the files it writes and the next steps. */
export const AddToAppMarkdown: WidgetMarkdown = (element, { origin }) => {
  const item = stringAttribute(element, "item");
  const built = buildItem(item, "");
  const files = built.files.map((file) => `- \`${appPath(file)}\``).join("\n");
  const steps = built.docs
    .split("\n")
    .map((step, index) => `${index + 1}. ${step}`)
    .join("\n");
  return markdown(
    [
      "```bash",
      installCommand(origin || PLACEHOLDER_ORIGIN, item),
      "```",
      "",
      "It writes:",
      "",
      files,
      "",
      "Then:",
      "",
      steps,
    ].join("\n"),
  );
};
