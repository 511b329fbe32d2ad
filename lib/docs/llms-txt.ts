import { themeConfig } from "@/theme.config";
import { docsPages, markdownPath } from "./pages";

/**
 * The site's llms.txt (https://llmstxt.org): its title, a one-line summary,
 * and every docs page in sidebar order, linked to its Markdown version.
 */
export async function llmsTxt(origin: string): Promise<string> {
  const pages = await docsPages();
  const links = pages.map(
    (page) =>
      `- [${page.title.replace(/[[\]]/g, "\\$&")}](${origin}${markdownPath(page.route)}): ${page.description}`,
  );
  return [
    `# ${themeConfig.title}`,
    "",
    `> ${themeConfig.description}`,
    "",
    "## Docs",
    "",
    ...links,
    "",
  ].join("\n");
}
