import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import meta from "@/content/_meta";

export type DocsPage = {
  /** The page's path on the site: "/" or "/server-component". */
  route: string;
  /** From the page's front matter. */
  title: string;
  description: string;
  /** The MDX file, from the project root: "content/server-component.mdx". */
  file: string;
};

// Nextra names the home page index.mdx; every other page is served at its file name.
const CONTENT_DIR = "content";

function isHidden(entry: unknown): boolean {
  return (
    typeof entry === "object" &&
    entry !== null &&
    "display" in entry &&
    entry.display === "hidden"
  );
}

function frontMatter(source: string, file: string): Record<string, unknown> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(source);
  if (!block) {
    throw new Error(
      `${file} has no front matter; every docs page needs a title and a description.`,
    );
  }
  return parseYaml(block[1]) ?? {};
}

// A _meta.ts key is a page when content/ has its file: separators, links and
// routes of app/ (sign-in, live examples) have none, and hidden ones are skipped.
async function readPage(key: string): Promise<DocsPage | null> {
  const file = `${CONTENT_DIR}/${key}.mdx`;
  let source: string;
  try {
    source = await readFile(
      path.join(/*turbopackIgnore: true*/ process.cwd(), file),
      "utf8",
    );
  } catch {
    return null;
  }
  const { title, description } = frontMatter(source, file);
  if (typeof title !== "string" || typeof description !== "string") {
    throw new Error(
      `${file} needs a "title" and a "description" in its front matter.`,
    );
  }
  return { route: key === "index" ? "/" : `/${key}`, title, description, file };
}

let pages: Promise<DocsPage[]> | undefined;

/** Every docs page, in sidebar order (content/_meta.ts), read once per server process. */
export function docsPages(): Promise<DocsPage[]> {
  if (!pages || process.env.NODE_ENV === "development") {
    const keys = Object.entries(meta).flatMap(([key, entry]) =>
      isHidden(entry) ? [] : [key],
    );
    pages = Promise.all(keys.map(readPage)).then((found) =>
      found.filter((page) => page !== null),
    );
  }
  return pages;
}

export async function findDocsPage(
  route: string,
): Promise<DocsPage | undefined> {
  return (await docsPages()).find((page) => page.route === route);
}

/** "/" → "/index.md", "/server-component" → "/server-component.md" (next.config.ts rewrites them to app/markdown). */
export function markdownPath(route: string): string {
  return route === "/" ? "/index.md" : `${route}.md`;
}

/** The inverse of markdownPath for the slug app/markdown/[[...slug]] receives. */
export function routeOfMarkdownSlug(slug: string[] | undefined): string {
  // Next.js serves /markdown/index as /markdown, so no slug is the home page too.
  const joined = (slug ?? []).join("/");
  return joined === "" || joined === "index" ? "/" : `/${joined}`;
}
