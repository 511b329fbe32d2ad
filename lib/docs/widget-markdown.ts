import type { Expression } from "estree";
import type { BlockContent, Code, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { ExampleFile } from "@/components/example-code/example-code";
import { readSource } from "@/components/example-code/read-source";
import {
  languageOf,
  lineRangeMeta,
  linesContaining,
} from "@/components/example-code/source-lines";
import { LESSONS } from "@/lib/course/lessons";
import { isSandboxFile, SANDBOXES } from "@/components/sandbox/sandboxes";
import {
  isSignedOutExample,
  SIGNED_OUT_EXAMPLES,
} from "@/lib/signed-out-request";
import { benchMarkdown, isBenchTopic } from "./bench-tables";

// What each docs widget registered in mdx-components.tsx becomes in a page's
// Markdown: the code it shows, or a sentence on what the interactive part does
// with a link to the page that has it.

export type WidgetContext = {
  /** "https://guide.example.com", or "" for site-relative links. */
  origin: string;
  /** The absolute URL of the page the widget is on. */
  pageUrl: string;
};

type Widget = (
  element: MdxJsxFlowElement,
  context: WidgetContext,
) => RootContent[] | Promise<RootContent[]>;

const fragmentParser = unified().use(remarkParse).use(remarkGfm);

/** Markdown text → its block nodes, for sentences and tables written as Markdown. */
function markdown(text: string): RootContent[] {
  return fragmentParser.parse(text).children;
}

/**
 * A JSX attribute's value. Expression values ({...}) are read from their
 * syntax tree, never run, so only literals (strings, numbers, arrays, objects) work.
 */
export function attribute(element: MdxJsxFlowElement, name: string): unknown {
  const found = element.attributes.find(
    (attr) => attr.type === "mdxJsxAttribute" && attr.name === name,
  );
  if (!found || found.type !== "mdxJsxAttribute") return undefined;
  if (found.value === null || found.value === undefined) return true;
  if (typeof found.value === "string") return found.value;
  const statement = found.value.data?.estree?.body[0];
  if (statement?.type !== "ExpressionStatement") {
    throw new Error(`<${element.name}> ${name}: expected an expression.`);
  }
  return literal(statement.expression, `<${element.name}> ${name}`);
}

function literal(node: Expression, where: string): unknown {
  switch (node.type) {
    case "Literal":
      return node.value;
    case "TemplateLiteral":
      if (node.expressions.length === 0) return node.quasis[0].value.cooked;
      break;
    case "UnaryExpression":
      if (node.operator === "-" && node.argument.type === "Literal") {
        return -Number(node.argument.value);
      }
      break;
    case "ArrayExpression":
      return node.elements.map((item) => {
        if (!item || item.type === "SpreadElement") {
          throw new Error(`${where}: spreads and holes cannot be read.`);
        }
        return literal(item, where);
      });
    case "ObjectExpression":
      return Object.fromEntries(
        node.properties.map((property) => {
          if (property.type !== "Property" || property.computed) {
            throw new Error(`${where}: only plain keys can be read.`);
          }
          const key =
            property.key.type === "Identifier"
              ? property.key.name
              : String((property.key as { value: unknown }).value);
          return [key, literal(property.value as Expression, where)];
        }),
      );
  }
  throw new Error(
    `${where}: only literal values can be read without running the page, found ${node.type}.`,
  );
}

function stringAttribute(element: MdxJsxFlowElement, name: string): string {
  const value = attribute(element, name);
  if (typeof value !== "string") {
    throw new Error(`<${element.name}> needs a string "${name}".`);
  }
  return value;
}

// The page fails on a highlight that matches no line (the drift check catches
// it); the Markdown only loses its highlights, which are a hint, not content.
function highlightMeta(source: string, highlight: string[]): string {
  try {
    return lineRangeMeta(linesContaining(source, highlight));
  } catch {
    return "";
  }
}

/** Each file, verbatim from disk, in its own fence labelled with its path (and Nextra's highlight ranges). */
const ExampleCode: Widget = async (element) => {
  const files = attribute(element, "files") as ExampleFile[] | undefined;
  if (!Array.isArray(files) || files.length === 0) {
    throw new Error("<ExampleCode> needs files={[{ path }]}.");
  }
  return Promise.all(
    files.map(async ({ path, highlight = [] }): Promise<Code> => {
      const source = readSource(path);
      return {
        type: "code",
        lang: languageOf(path),
        meta: [`filename="${path}"`, highlightMeta(source, highlight)]
          .filter(Boolean)
          .join(" "),
        value: source.replace(/\r?\n$/, ""),
      };
    }),
  );
};

// An autolink needs an absolute URL; site-relative (origin "") gets a plain link.
const LivePreview: Widget = (element, { origin }) => {
  const src = stringAttribute(element, "src");
  return markdown(
    `Live example: ${origin ? `<${origin}${src}>` : `[${src}](${src})`}`,
  );
};

function signedOutRequest(example: string): string {
  if (!isSignedOutExample(example)) {
    throw new Error(
      `<SignedOutView example="${example}">: no such example in lib/signed-out-request.ts.`,
    );
  }
  const entry = SIGNED_OUT_EXAMPLES[example];
  if (entry.method === "POST") {
    return `posts the page's form to \`${entry.path}\` with no cookie`;
  }
  if ("cookie" in entry) {
    return `requests \`GET ${entry.path}\` with only the cookie \`${entry.cookie}\``;
  }
  return `requests \`GET ${entry.path}\` with no cookie`;
}

const SignedOutView: Widget = (element, { pageUrl }) =>
  markdown(
    `On [the page](${pageUrl}), a button ${signedOutRequest(stringAttribute(element, "example"))}, ` +
      "as a visitor without a session would, and shows the real response: status, headers and body.",
  );

const RequestInspector: Widget = (element, { origin, pageUrl }) => {
  const url = stringAttribute(element, "url");
  return markdown(
    `On [the page](${pageUrl}) you can send \`GET\`, \`POST\`, \`PUT\` or \`DELETE\` to [\`${url}\`](${origin}${url}) ` +
      "from your browser, with your session cookie or with no cookie at all, and see the status, headers and body that come back.",
  );
};

const Sandbox: Widget = (element, { pageUrl }) => {
  const file = stringAttribute(element, "file");
  if (!isSandboxFile(file)) {
    throw new Error(
      `<Sandbox file="${file}">: no such file in examples/sandboxes/.`,
    );
  }
  const does = SANDBOXES[file];
  return markdown(
    `[The page](${pageUrl}) has an editable sandbox of client code that ${does}. ` +
      "It runs in your browser, and reaches the server through the page with your session.",
  );
};

const BenchFigures: Widget = (element) => {
  const topic = attribute(element, "topic");
  if (!isBenchTopic(topic)) {
    throw new Error(`<BenchFigures topic="${String(topic)}">: no such topic.`);
  }
  return markdown(benchMarkdown(topic));
};

/** The landing page's lesson list, without the reader's progress (the page shows it to a signed-in reader). */
const CourseOverview: Widget = (_element, { origin, pageUrl }) =>
  markdown(
    [
      ...LESSONS.map(
        ({ slug, title, example }, index) =>
          `${index + 1}. [${title}](${origin}/${slug}): live at [${example}](${origin}${example})`,
      ),
      "",
      `Signed in, [the page](${pageUrl}) also shows which lessons you have done.`,
    ].join("\n"),
  );

const CALLOUT_LABELS: Record<string, string> = {
  info: "Note",
  warning: "Warning",
  error: "Error",
  important: "Important",
};

/** Nextra's <Callout>: a blockquote, its type as a bold first word. */
export function calloutBlockquote(
  element: MdxJsxFlowElement,
  children: RootContent[],
): RootContent[] {
  const label = CALLOUT_LABELS[String(attribute(element, "type") ?? "")];
  const [first, ...rest] = children;
  const labelled: RootContent[] =
    label && first?.type === "paragraph"
      ? [
          {
            ...first,
            children: [
              {
                type: "strong",
                children: [{ type: "text", value: `${label}:` }],
              },
              { type: "text", value: " " },
              ...first.children,
            ],
          },
          ...rest,
        ]
      : children;
  return [{ type: "blockquote", children: labelled as BlockContent[] }];
}

/** A component this file does not know, with nothing inside to keep. */
export function unknownWidget(
  element: MdxJsxFlowElement,
  { pageUrl }: WidgetContext,
): RootContent[] {
  return markdown(
    `[The page](${pageUrl}) has an interactive part here (${element.name}).`,
  );
}

export const WIDGETS: Record<string, Widget> = {
  BenchFigures,
  CourseOverview,
  ExampleCode,
  LivePreview,
  RequestInspector,
  Sandbox,
  SignedOutView,
};
