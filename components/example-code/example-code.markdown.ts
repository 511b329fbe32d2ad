import type { Code, RootContent } from "mdast";
import {
  attribute,
  markdown,
  type WidgetMarkdown,
} from "@/lib/docs/markdown-kit";
import { testedBySummary, testsRunning } from "@/lib/docs/tested-by";
import type { ExampleFile } from "./example-code";
import { readSource } from "./read-source";
import { languageOf, lineRangeMeta, linesContaining } from "./source-lines";

// The page fails on a highlight that matches no line (the drift check catches
// it); the Markdown only loses its highlights, which are a hint, not content.
function highlightMeta(source: string, highlight: string[]): string {
  try {
    return lineRangeMeta(linesContaining(source, highlight));
  } catch {
    return "";
  }
}

function testedByMarkdown(path: string): RootContent[] {
  const tests = path.startsWith("tests/") ? [] : testsRunning(path);
  const specs = [...new Set(tests.map((test) => test.spec))];
  const listed =
    specs.length > 0
      ? `: ${specs.map((spec) => `\`${spec}\``).join(", ")}`
      : "";
  return markdown(`${testedBySummary(path, tests)}${listed}`);
}

/** Each file, verbatim from disk, in its own fence labelled with its path (and Nextra's highlight ranges), then the tests that run it. */
export const ExampleCodeMarkdown: WidgetMarkdown = async (element) => {
  const files = attribute(element, "files") as ExampleFile[] | undefined;
  if (!Array.isArray(files) || files.length === 0) {
    throw new Error("<ExampleCode> needs files={[{ path }]}.");
  }
  return Promise.all(
    files.map(async ({ path, highlight = [] }): Promise<RootContent[]> => {
      const source = readSource(path);
      const code: Code = {
        type: "code",
        lang: languageOf(path),
        meta: [`filename="${path}"`, highlightMeta(source, highlight)]
          .filter(Boolean)
          .join(" "),
        value: source.replace(/\r?\n$/, ""),
      };
      return [code, ...testedByMarkdown(path)];
    }),
  ).then((blocks) => blocks.flat());
};
