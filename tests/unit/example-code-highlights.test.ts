// Every highlight marker on every docs page matches a line of its file, checked
// without a build: `next build` fails on a marker that matches nothing, but
// only after minutes, and one page at a time.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { ExampleFile } from "../../components/example-code/example-code";
import { readSource } from "../../components/example-code/read-source";
import { linesContaining } from "../../components/example-code/source-lines";
import { attribute } from "../../lib/docs/markdown-kit";

const CONTENT = path.resolve(import.meta.dirname, "../../content");
const parser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter, ["yaml"]);

for (const page of readdirSync(CONTENT).filter((name) =>
  name.endsWith(".mdx"),
)) {
  test(`content/${page}: every highlight matches a line of its file`, () => {
    const tree = parser.parse(readFileSync(path.join(CONTENT, page), "utf8"));
    const problems: string[] = [];
    visit(tree, "mdxJsxFlowElement", (element: MdxJsxFlowElement) => {
      if (element.name !== "ExampleCode") return;
      for (const file of attribute(element, "files") as ExampleFile[]) {
        try {
          linesContaining(
            readSource(file.path),
            file.highlight ?? [],
            file.path,
          );
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
    });
    assert.deepEqual(problems, []);
  });
}
