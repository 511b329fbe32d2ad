// The pure half of <ExampleCode>: string in, string out, unit-tested.

/** Folders whose files a docs page may show. Anything else (secrets, .env, node_modules) is refused. */
export const SHOWABLE_ROOTS = [
  "examples/",
  "lib/",
  "app/",
  "prisma/",
  "components/",
  "tests/",
  "scripts/",
  "deploy/",
];
/** Files at the project root a docs page may show. */
const SHOWABLE_ROOT_FILES = [
  "playwright.config.ts",
  "proxy.ts",
  "next.config.ts",
];

export function assertShowable(path: string): void {
  const normal = path.replace(/\\/g, "/");
  const inRoot =
    SHOWABLE_ROOTS.some((root) => normal.startsWith(root)) ||
    SHOWABLE_ROOT_FILES.includes(normal);
  if (
    !inRoot ||
    normal.split("/").includes("..") ||
    /(^|\/)\.env/.test(normal) ||
    normal.includes("generated/")
  ) {
    throw new Error(
      `<ExampleCode> may only show ${SHOWABLE_ROOT_FILES.join(", ")} and files under ${SHOWABLE_ROOTS.join(", ")}: "${path}" is not one.`,
    );
  }
}

/**
 * The 1-based numbers of the lines that contain each marker. Markers are text
 * from the file rather than line numbers, so a highlight follows its line when
 * the file changes; a marker that no longer matches fails the page, and so
 * the drift test.
 */
export function linesContaining(
  source: string,
  markers: string[],
  path = "the file",
): number[] {
  const lines = source.split("\n");
  const found = new Set<number>();
  for (const marker of markers) {
    const hits = lines.flatMap((line, index) =>
      line.includes(marker) ? [index + 1] : [],
    );
    if (hits.length === 0) {
      throw new Error(`Highlight "${marker}" matches no line of ${path}.`);
    }
    hits.forEach((line) => found.add(line));
  }
  return [...found].sort((a, b) => a - b);
}

/** [3, 4, 5, 9] -> "{3-5,9}", the line-highlight syntax of Nextra's code blocks. */
export function lineRangeMeta(lines: number[]): string {
  if (lines.length === 0) return "";
  const ranges: string[] = [];
  let start = lines[0];
  let end = start;
  for (const line of [...lines.slice(1), Number.NaN]) {
    if (line === end + 1) {
      end = line;
      continue;
    }
    ranges.push(start === end ? `${start}` : `${start}-${end}`);
    start = end = line;
  }
  return `{${ranges.join(",")}}`;
}

const LANGUAGES: Record<string, string> = {
  ts: "ts",
  tsx: "tsx",
  js: "js",
  mjs: "js",
  prisma: "prisma",
  sql: "sql",
  json: "json",
  css: "css",
  md: "md",
  mdx: "mdx",
  conf: "nginx",
};

export function languageOf(path: string): string {
  return LANGUAGES[path.split(".").pop() ?? ""] ?? "text";
}

/** A fenced code block for `source`, with a fence longer than any backtick run inside it. */
export function fencedBlock(
  source: string,
  path: string,
  highlight: number[],
): string {
  const longestRun = Math.max(
    2,
    ...(source.match(/`+/g) ?? []).map((run) => run.length),
  );
  const fence = "`".repeat(longestRun + 1);
  const meta = [
    languageOf(path),
    `filename="${path}"`,
    lineRangeMeta(highlight),
    "copy",
  ]
    .filter(Boolean)
    .join(" ");
  const body = source.endsWith("\n") ? source : `${source}\n`;
  return `${fence}${meta}\n${body}${fence}\n`;
}
