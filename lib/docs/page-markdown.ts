import { readFile } from "node:fs/promises";
import path from "node:path";
import GithubSlugger from "github-slugger";
import type { Heading, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { findDocsPage } from "./pages";
import {
  calloutBlockquote,
  unknownWidget,
  type WidgetContext,
} from "./markdown-kit";
import { isDocsWidget, WIDGETS } from "./widget-markdown";

// A docs page as plain Markdown, for readers' coding assistants, llms.txt and
// the search index: the MDX with its widgets replaced by what they show.

const mdxParser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm);

// Plain GFM, not MDX: MDX would escape every "<" and "{" and refuse <https://…>
// autolinks, and a JSX node left over by mistake fails here instead of leaking out.
const markdownWriter = unified()
  // Unpadded tables: padding every cell to its column's width bloats wide tables.
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, {
    bullet: "-",
    emphasis: "*",
    strong: "*",
    rule: "-",
    fences: true,
    listItemIndent: "one",
  });

type Parent = { children: RootContent[] };

/**
 * The ids Nextra gives headings (nextra/dist/server/remark-plugins/
 * remark-headings.js): h2-h6 only, github-slugger over the heading's text,
 * with a trailing "[#custom-id]" taking the text's place.
 */
function assignHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  visit(tree, "heading", (heading: Heading) => {
    const last = heading.children.at(-1);
    const custom =
      last?.type === "text" ? /\s*\[#([^]+?)]\s*$/.exec(last.value) : null;
    if (last?.type === "text" && custom) {
      last.value = last.value.slice(0, custom.index);
    }
    if (heading.depth === 1) return;
    const id = slugger.slug(
      custom ? custom[1] : toString(heading, { includeImageAlt: false }),
    );
    heading.data = {
      ...heading.data,
      hProperties: { ...heading.data?.hProperties, id },
    };
  });
}

async function convertFlowElement(
  element: MdxJsxFlowElement,
  context: WidgetContext,
): Promise<RootContent[]> {
  if (element.name && isDocsWidget(element.name)) {
    return WIDGETS[element.name](element, context);
  }
  const children = await convertChildren(
    element.children as RootContent[],
    context,
  );
  if (element.name === "Callout") return calloutBlockquote(element, children);
  // Other components show their children (Tabs, Steps, <details>); an empty one is interactive.
  const isComponent = /^[A-Z]/.test(element.name ?? "");
  return children.length === 0 && isComponent
    ? unknownWidget(element, context)
    : children;
}

function convertTextElement(
  element: MdxJsxTextElement,
  context: WidgetContext,
): Promise<RootContent[]> {
  return convertChildren(element.children as RootContent[], context);
}

/** Replaces JSX, imports, exports and {expressions} by Markdown, depth first. */
async function convertChildren(
  children: RootContent[],
  context: WidgetContext,
): Promise<RootContent[]> {
  const converted = await Promise.all(
    children.map(async (node): Promise<RootContent[]> => {
      switch (node.type) {
        case "mdxjsEsm":
        case "mdxFlowExpression":
        case "mdxTextExpression":
        case "yaml":
          return [];
        case "mdxJsxFlowElement":
          return convertFlowElement(node, context);
        case "paragraph":
          // <Callout>text</Callout> on one line parses as a paragraph holding it.
          if (
            node.children.length === 1 &&
            node.children[0].type === "mdxJsxTextElement" &&
            /^[A-Z]/.test(node.children[0].name ?? "")
          ) {
            const { children: inline, ...element } = node.children[0];
            return convertFlowElement(
              {
                ...element,
                type: "mdxJsxFlowElement",
                children: [{ type: "paragraph", children: inline }],
              },
              context,
            );
          }
          break;
        case "mdxJsxTextElement":
          return convertTextElement(node, context);
      }
      if ("children" in node) {
        (node as Parent).children = await convertChildren(
          node.children as RootContent[],
          context,
        );
      }
      return [node];
    }),
  );
  return converted.flat();
}

/** Site paths become absolute links, without the .md/.mdx extension Nextra also drops. */
function absoluteLinks(tree: Root, { origin }: WidgetContext): void {
  visit(tree, ["link", "image", "definition"], (node) => {
    const target = node as { url: string };
    if (!target.url.startsWith("/") || target.url.startsWith("//")) return;
    target.url = origin + target.url.replace(/\.mdx?(?=$|[?#])/, "");
  });
}

/**
 * MDX → a Markdown tree: widgets replaced (lib/docs/widget-markdown.ts lists them), site
 * links made absolute against context.origin, and Nextra's heading ids kept in
 * data.hProperties.id for the search index.
 */
export async function mdxToMarkdownTree(
  source: string,
  context: WidgetContext,
): Promise<Root> {
  const tree = mdxParser.parse(source);
  assignHeadingIds(tree);
  tree.children = await convertChildren(tree.children, context);
  absoluteLinks(tree, context);
  return tree;
}

/**
 * A docs page as a Markdown tree: "# Title", the description as a blockquote,
 * then the content. `origin` ("https://guide.example.com") makes site links
 * absolute; "" keeps them site-relative.
 */
export async function pageMarkdownTree(
  route: string,
  origin: string,
): Promise<Root> {
  const page = await findDocsPage(route);
  if (!page) throw new Error(`"${route}" is not a docs page.`);
  const source = await readFile(
    path.join(/*turbopackIgnore: true*/ process.cwd(), page.file),
    "utf8",
  );
  const { children } = await mdxToMarkdownTree(source, {
    origin,
    pageUrl: `${origin}${page.route}`,
  });
  // A page whose own h1 repeats its title ("# Setup") would say it twice.
  const [first] = children;
  if (
    first?.type === "heading" &&
    first.depth === 1 &&
    toString(first) === page.title
  ) {
    children.shift();
  }
  return {
    type: "root",
    children: [
      {
        type: "heading",
        depth: 1,
        children: [{ type: "text", value: page.title }],
      },
      {
        type: "blockquote",
        children: [
          {
            type: "paragraph",
            children: [{ type: "text", value: page.description }],
          },
        ],
      },
      ...children,
    ],
  };
}

export function stringifyMarkdown(tree: Root): string {
  return markdownWriter.stringify(tree);
}

/** The page as clean Markdown, with site links made absolute against `origin` ("https://guide.example.com"). */
export async function pageMarkdown(
  route: string,
  origin: string,
): Promise<string> {
  return stringifyMarkdown(await pageMarkdownTree(route, origin));
}
