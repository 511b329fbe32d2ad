import type { Expression } from "estree";
import type { BlockContent, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

// What a docs widget's Markdown renderer (the <name>.markdown.ts beside each
// widget, listed in lib/docs/widget-markdown.ts) writes with: its attributes,
// read without running the page, and Markdown text made into nodes.

export type WidgetContext = {
  /** "https://guide.example.com", or "" for site-relative links. */
  origin: string;
  /** The absolute URL of the page the widget is on. */
  pageUrl: string;
};

export type WidgetMarkdown = (
  element: MdxJsxFlowElement,
  context: WidgetContext,
) => RootContent[] | Promise<RootContent[]>;

const fragmentParser = unified().use(remarkParse).use(remarkGfm);

/** Markdown text → its block nodes, for sentences and tables written as Markdown. */
export function markdown(text: string): RootContent[] {
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

export function stringAttribute(
  element: MdxJsxFlowElement,
  name: string,
): string {
  const value = attribute(element, name);
  if (typeof value !== "string") {
    throw new Error(`<${element.name}> needs a string "${name}".`);
  }
  return value;
}

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
