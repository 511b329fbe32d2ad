import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import GithubSlugger from "github-slugger";
import type { Code, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import meta from "../../content/_meta";
import { llmsTxt } from "../../lib/docs/llms-txt";
import {
  mdxToMarkdownTree,
  pageMarkdown,
  stringifyMarkdown,
} from "../../lib/docs/page-markdown";
import {
  docsPages,
  findDocsPage,
  markdownPath,
  routeOfMarkdownSlug,
} from "../../lib/docs/pages";
import { buildSearchIndex } from "../../lib/docs/search-index";
import { pageSearchHtml } from "../../lib/docs/search-html";
import { themeConfig } from "../../theme.config";

const ORIGIN = "https://guide.example.com";
const pages = await docsPages();
const markdownOf = new Map(
  await Promise.all(
    pages.map(
      async (page) =>
        [page.route, await pageMarkdown(page.route, ORIGIN)] as const,
    ),
  ),
);

function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

function codeBlocks(markdown: string): Code[] {
  const blocks: Code[] = [];
  visit(parseMarkdown(markdown), "code", (node: Code) => {
    blocks.push(node);
  });
  return blocks;
}

/** The MDX source of a page without its fenced code, where JSX and headings are only examples. */
async function proseOf(file: string): Promise<string> {
  const source = await readFile(file, "utf8");
  return source.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, "");
}

test("the docs pages are the visible entries of content/_meta.ts, in order", () => {
  const visible = Object.entries(meta).flatMap(([key, entry]) =>
    typeof entry === "object" &&
    entry !== null &&
    "display" in entry &&
    entry.display === "hidden"
      ? []
      : [key === "index" ? "/" : `/${key}`],
  );
  assert.deepEqual(
    pages.map((page) => page.route),
    visible,
  );
  for (const page of pages) {
    assert.ok(page.title && page.description, page.file);
  }
});

test("only docs pages have a Markdown version", async () => {
  assert.equal(routeOfMarkdownSlug(["index"]), "/");
  // Next.js hands /markdown/index to the route without a slug.
  assert.equal(routeOfMarkdownSlug(undefined), "/");
  assert.equal(routeOfMarkdownSlug(["server-component"]), "/server-component");
  assert.equal(markdownPath("/"), "/index.md");
  assert.equal(markdownPath("/server-component"), "/server-component.md");
  for (const slug of [
    ["login"],
    ["examples"],
    ["examples", "server-component"],
    ["..", "package.json"],
    ["_meta"],
  ]) {
    const route = routeOfMarkdownSlug(slug);
    assert.equal(
      route && (await findDocsPage(route)),
      undefined,
      JSON.stringify(slug),
    );
  }
  await assert.rejects(pageMarkdown("/login", ORIGIN), /not a docs page/);
});

test("every page starts with its title and description", () => {
  for (const page of pages) {
    const markdown = markdownOf.get(page.route) ?? "";
    assert.ok(
      markdown.startsWith(`# ${page.title}\n\n> ${page.description}\n\n`),
      page.route,
    );
  }
});

test("no JSX, import or export is left outside code", () => {
  for (const [route, markdown] of markdownOf) {
    visit(parseMarkdown(markdown), (node) => {
      if (
        node.type === "code" ||
        node.type === "inlineCode" ||
        !("value" in node)
      ) {
        return;
      }
      const value = String(node.value);
      assert.doesNotMatch(value, /<\/?[A-Z]/, `${route}: ${value}`);
      assert.doesNotMatch(
        value,
        /^(import .* from ["']|export (default|const|function) )/m,
        `${route}: ${value}`,
      );
    });
  }
});

test("every file an <ExampleCode> shows is in a fence, verbatim, labelled with its path", async () => {
  let checked = 0;
  for (const page of pages) {
    const prose = await proseOf(page.file);
    const blocks = codeBlocks(markdownOf.get(page.route) ?? "");
    for (const element of prose.match(/<ExampleCode[\s\S]*?\/>/g) ?? []) {
      for (const [, file] of element.matchAll(/path:\s*"([^"]+)"/g)) {
        const source = await readFile(file, "utf8");
        const block = blocks.find((code) =>
          code.meta?.includes(`filename="${file}"`),
        );
        assert.ok(block, `${page.route}: no fence for ${file}`);
        assert.equal(
          `${block.value}\n`,
          source.endsWith("\n") ? source : `${source}\n`,
          `${page.route}: ${file} differs`,
        );
        checked++;
      }
    }
  }
  assert.ok(checked > 20, `only ${checked} example files found`);
});

test("site links are absolute, and widgets link to their page", () => {
  for (const [route, markdown] of markdownOf) {
    visit(parseMarkdown(markdown), "link", (node: { url: string }) => {
      assert.doesNotMatch(node.url, /^\/(?!\/)/, `${route}: ${node.url}`);
    });
  }
  const serverComponent = markdownOf.get("/server-component") ?? "";
  assert.match(
    serverComponent,
    /^Live example: <https:\/\/guide\.example\.com\/examples\/server-component>$/m,
  );
  assert.match(
    serverComponent,
    /On \[the page\]\(https:\/\/guide\.example\.com\/server-component\), a button requests `GET \/examples\/server-component` with no cookie/,
  );
  assert.match(
    serverComponent,
    /\[The page\]\(https:\/\/guide\.example\.com\/server-component\) has an editable sandbox/,
  );
  assert.match(
    markdownOf.get("/route-handler") ?? "",
    /^\| Route \| Requests\/s \| p50 ms \| p99 ms \|$/m,
  );
  assert.match(
    markdownOf.get("/route-handler") ?? "",
    /send `GET`, `POST`, `PUT` or `DELETE` to \[`\/api\/user`\]\(https:\/\/guide\.example\.com\/api\/user\)/,
  );
});

test("Callouts become blockquotes, and unknown components a sentence or their content", async () => {
  const context = { origin: ORIGIN, pageUrl: `${ORIGIN}/x` };
  const source = [
    'import { Foo } from "./foo";',
    "",
    '<Callout type="warning">Check *every* [page](/setup).</Callout>',
    "",
    "<Steps>",
    "### One",
    "</Steps>",
    "",
    "<Chart data={[1, 2]} />",
    "",
    "Text with <Badge>new</Badge> and {/* a comment */}.",
  ].join("\n");
  const markdown = stringifyMarkdown(await mdxToMarkdownTree(source, context));
  assert.equal(
    markdown,
    [
      `> **Warning:** Check *every* [page](${ORIGIN}/setup).`,
      "",
      "### One",
      "",
      `[The page](${ORIGIN}/x) has an interactive part here (Chart).`,
      "",
      "Text with new and .",
      "",
    ].join("\n"),
  );
});

test("llms.txt names the site and lists every page's Markdown with its description", async () => {
  const text = await llmsTxt(ORIGIN);
  assert.ok(
    text.startsWith(
      `# ${themeConfig.title}\n\n> ${themeConfig.description}\n\n## Docs\n\n`,
    ),
    text,
  );
  const links = text.split("\n").filter((line) => line.startsWith("- "));
  assert.deepEqual(
    links,
    pages.map(
      (page) =>
        `- [${page.title}](${ORIGIN}${markdownPath(page.route)}): ${page.description}`,
    ),
  );
});

test("search HTML gives each heading the id Nextra gives it", async () => {
  for (const page of pages) {
    const html = await pageSearchHtml(page.route);
    const slugger = new GithubSlugger();
    const headings = [
      ...(await proseOf(page.file)).matchAll(/^#{2,6} (.+)$/gm),
    ];
    for (const [, text] of headings) {
      const id = slugger.slug(text.replace(/`/g, ""));
      assert.match(
        html,
        new RegExp(`<h[2-6] id="${id}">`),
        `${page.route}: #${id}`,
      );
    }
    assert.match(
      html,
      new RegExp(
        `<h1 data-pagefind-meta="title">${page.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</h1>`,
      ),
    );
    assert.doesNotMatch(
      html,
      /<pre>/,
      "code blocks are left out of the index, as Nextra does",
    );
  }
});

test("the written search index finds a section with its page title and heading link", async () => {
  const output = await mkdtemp(path.join(tmpdir(), "pagefind-"));
  const realFetch = globalThis.fetch;
  // pagefind.js is browser code that fetches its files next to itself.
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    return new Response(await readFile(fileURLToPath(url.split("?")[0])));
  }) as typeof fetch;
  try {
    assert.equal(await buildSearchIndex(output), pages.length);
    const pagefind = await import(
      pathToFileURL(path.join(output, "pagefind.js")).href
    );
    await pagefind.options({ baseUrl: "/" });
    const { results } = await pagefind.search("nextCookies");
    const found = await Promise.all(
      results.map((result: { data(): Promise<unknown> }) => result.data()),
    );
    const setup = found.find((data) => data.url === "/setup");
    assert.ok(setup, JSON.stringify(found.map((data) => data.url)));
    assert.equal(setup.meta.title, "Setup");
    assert.ok(
      setup.sub_results.some(
        (sub: { url: string; title: string }) =>
          sub.url === "/setup#why-nextcookies-is-the-last-plugin" &&
          sub.title === "Why nextCookies() is the last plugin",
      ),
      JSON.stringify(setup.sub_results),
    );
  } finally {
    globalThis.fetch = realFetch;
    await rm(output, { recursive: true, force: true });
  }
});
