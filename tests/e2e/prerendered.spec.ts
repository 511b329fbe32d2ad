// Every docs page, its Markdown twin and /llms.txt are written by `next
// build`: read the run's own build output, not the pages' behaviour.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { docsPages, markdownPath } from "../../lib/docs/pages";

type PrerenderManifest = {
  routes: Record<string, { renderingMode?: string; srcRoute?: string | null }>;
};

const ROOT = path.resolve(import.meta.dirname, "../..");

function prerendered(): PrerenderManifest["routes"] {
  const manifest: PrerenderManifest = JSON.parse(
    readFileSync(path.join(ROOT, ".next/prerender-manifest.json"), "utf8"),
  );
  return manifest.routes;
}

test("next build prerendered every docs page, every Markdown twin and /llms.txt", async () => {
  const routes = prerendered();
  const pages = await docsPages();
  expect(pages.length).toBeGreaterThan(10);
  for (const page of pages) {
    // Docs pages are partly prerendered: a static shell, with the reader's parts streamed in.
    expect(routes[page.route], page.route).toBeDefined();
    const markdown = markdownPath(page.route)
      .replace(/\.md$/, "")
      .replace(/^\/index$/, "");
    expect(
      routes[`/markdown${markdown}`],
      `${markdownPath(page.route)} (/markdown${markdown})`,
    ).toBeDefined();
  }
  expect(routes["/llms.txt"]).toBeDefined();
});

test("a docs page is served from its static shell: the prerendered HTML comes first", async ({
  request,
}) => {
  const response = await request.get("/setup");
  expect(response.headers()["x-nextjs-prerender"]).toBe("1");
  const shell = readFileSync(
    path.join(ROOT, ".next/server/app/setup.html"),
    "utf8",
  );
  const html = await response.text();
  // The response starts with the shell's bytes; the reader's parts follow it.
  expect(html.startsWith(shell.slice(0, shell.indexOf("</head>")))).toBe(true);
});
