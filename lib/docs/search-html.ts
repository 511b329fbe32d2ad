import type { Element, Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import { toHast } from "mdast-util-to-hast";
import { visit } from "unist-util-visit";
import { pageMarkdownTree } from "./page-markdown";

/**
 * A docs page as the HTML Pagefind indexes: the page's Markdown, headings
 * with the ids Nextra gives them (so a result's #anchor lands on the right
 * section), code left out of the index as Nextra's default
 * search: { codeblocks: false } does, and the page title as the result title.
 */
export async function pageSearchHtml(route: string): Promise<string> {
  const tree = await pageMarkdownTree(route, "");
  const body = toHast(tree) as HastRoot;
  visit(body, "element", (node: Element) => {
    if (node.tagName === "pre") node.properties["data-pagefind-ignore"] = "all";
  });
  const [title] = body.children.filter(
    (node): node is Element => node.type === "element" && node.tagName === "h1",
  );
  if (title) title.properties["data-pagefind-meta"] = "title";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><main data-pagefind-body>${toHtml(body)}</main></body></html>`;
}
