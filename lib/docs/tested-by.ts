// "Tested by" under every code block: which tests run a file, read from the
// specs themselves. An end-to-end test runs the files behind the addresses it
// asks for (the route's file, what that imports, and the proxy before it); a
// unit test runs the files its spec imports. Nothing here is written by hand,
// so a spec that stops asking for a route stops being listed.
import { readdirSync } from "node:fs";
import path from "node:path";
import {
  importClosure,
  localImportsOf,
  resolveLocal,
  root,
  sourceOf,
} from "@/lib/source-graph";

export type TestReference = { spec: string; line: number; title: string };

const SPEC_FOLDERS = [
  { folder: "tests/e2e", pattern: /\.spec\.ts$/, runs: "routes" },
  { folder: "tests/scale", pattern: /\.spec\.ts$/, runs: "routes" },
  { folder: "tests/unit", pattern: /\.test\.ts$/, runs: "imports" },
] as const;

// test("title", …), test.skip("title", …), across a line break after "(".
const TEST_CALL =
  /^[ \t]*(?:test|it)(?:\.(?:only|skip|fixme|fail))?\(\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/gm;
// A path an end-to-end test asks for: "/examples/…", `/api/…/${id}`.
const ROUTE_LITERAL =
  /["'`](\/(?:examples|api|login|signup|progress|teams|r)(?=[/"'`?#])(?:\/[^"'`\s?#]*)?)/g;
// const NOTES_PAGE = "/examples/authorization", at the top of a spec.
const ROUTE_CONSTANT = /^const (\w+) =\s*["'`](\/[^"'`\s]*)["'`]/gm;

type AppRoute = { file: string; pattern: RegExp };

function listFiles(folder: string): string[] {
  return readdirSync(path.join(/*turbopackIgnore: true*/ root(), folder), {
    withFileTypes: true,
  }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    return entry.isDirectory() ? listFiles(relative) : [relative];
  });
}

/** Every page and route handler under app/, as a pattern its addresses match. The docs catch-all is left out. */
function appRoutes(): AppRoute[] {
  return listFiles("app")
    .filter((file) => /\/(page|route)\.tsx?$/.test(file))
    .filter((file) => !file.includes("[[..."))
    .map((file) => {
      const segments = path.posix
        .dirname(file)
        .split("/")
        .slice(1)
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .map((segment) =>
          segment.startsWith("[...")
            ? ".+"
            : segment.startsWith("[")
              ? "[^/]+"
              : segment.replace(/[.]/g, "\\."),
        );
      return { file, pattern: new RegExp(`^/${segments.join("/")}$`) };
    });
}

/** The example proxies the root proxy.ts loads, by the path prefix each serves. */
function proxiesByPrefix(): [prefix: string, file: string][] {
  const source = sourceOf("proxy.ts");
  return [
    ...source.matchAll(/\[\s*"([^"]+)",\s*\(\)\s*=>\s*import\("([^"]+)"\)/g),
  ].flatMap(([, prefix, specifier]) => {
    const file = resolveLocal(specifier, "proxy.ts");
    return file ? [[prefix, file] as [string, string]] : [];
  });
}

let proxies: [prefix: string, file: string][] | undefined;

/** The files that answer a request for `address`. */
function filesServing(address: string, routes: AppRoute[]): string[] {
  let files = serving.get(address);
  if (files === undefined) {
    files = resolveServing(address, routes);
    serving.set(address, files);
  }
  return files;
}

const serving = new Map<string, string[]>();

function resolveServing(address: string, routes: AppRoute[]): string[] {
  // `${id}` in a template literal stands for one segment.
  const concrete = address.replace(/\$\{[^}]*\}/g, "x");
  const route = routes.find(({ pattern }) => pattern.test(concrete));
  if (!route) return [];
  const proxy = (proxies ??= proxiesByPrefix()).find(
    ([prefix]) => concrete === prefix || concrete.startsWith(`${prefix}/`),
  );
  return importClosure(
    proxy ? [route.file, "proxy.ts", proxy[1]] : [route.file],
  );
}

function testsOf(
  spec: string,
): { title: string; line: number; index: number }[] {
  const source = sourceOf(spec);
  return [...source.matchAll(TEST_CALL)].map((match) => ({
    title: match[2],
    index: match.index,
    line: source.slice(0, match.index).split("\n").length,
  }));
}

// An address in a regular expression: toHaveURL(/\/examples\/two-factor\/verify/).
const ROUTE_PATTERN = /\/\\\/((?:examples|api)(?:\\\/[\w-]+)*)/g;

function routesAsked(text: string, constants: Map<string, string>): string[] {
  // `${PAGE}/verify` with PAGE a route constant of the spec.
  const expanded = text.replace(
    /\$\{(\w+)\}/g,
    (whole, name: string) => constants.get(name) ?? whole,
  );
  const asked = [
    ...[...expanded.matchAll(ROUTE_LITERAL)].map((match) => match[1]),
    ...[...expanded.matchAll(ROUTE_PATTERN)].map(
      (match) => `/${match[1].replaceAll("\\/", "/")}`,
    ),
  ];
  for (const [name, value] of constants) {
    if (new RegExp(`\\b${name}\\b`).test(text)) asked.push(value);
  }
  return asked;
}

/** Every live example's address: what a spec that loops over exampleRoutes() asks for. */
function everyExample(routes: AppRoute[]): string[] {
  return routes
    .map((route) => route.file)
    .filter((file) => file.startsWith("app/examples/") && !file.includes("["))
    .map((file) => `/${path.posix.dirname(file).replace(/^app\//, "")}`);
}

function buildIndex(): Map<string, TestReference[]> {
  const index = new Map<string, TestReference[]>();
  const add = (file: string, reference: TestReference) => {
    const list = index.get(file) ?? [];
    if (
      !list.some(
        (known) =>
          known.spec === reference.spec && known.line === reference.line,
      )
    ) {
      list.push(reference);
    }
    index.set(file, list);
  };
  const routes = appRoutes();
  for (const { folder, pattern, runs } of SPEC_FOLDERS) {
    for (const spec of listFiles(folder).filter((file) => pattern.test(file))) {
      const tests = testsOf(spec);
      if (runs === "imports") {
        const imported = importClosure([spec]).filter((file) => file !== spec);
        for (const test of tests) {
          for (const file of imported) add(file, { spec, ...test });
        }
        continue;
      }
      // The scripts a spec imports (to start servers, to load them) run in every test of it.
      const scripts = importClosure([spec]).filter((file) =>
        file.startsWith("scripts/"),
      );
      for (const test of tests) {
        for (const file of scripts) add(file, { spec, ...test });
      }
      const source = sourceOf(spec);
      const constants = new Map(
        [...source.matchAll(ROUTE_CONSTANT)].map((match) => [
          match[1],
          match[2],
        ]),
      );
      const loopsOverExamples = source.includes("exampleRoutes()");
      tests.forEach((test, position) => {
        const end = tests[position + 1]?.index ?? source.length;
        const body = source.slice(test.index, end);
        const asked = routesAsked(body, constants);
        // A test written once for every route, in a spec that lists every example.
        if (loopsOverExamples && test.title.includes("${route}")) {
          asked.push(...everyExample(routes));
        }
        for (const address of asked) {
          for (const file of filesServing(address, routes)) {
            add(file, { spec, line: test.line, title: test.title });
          }
        }
      });
    }
  }
  return index;
}

/** The path as a whole string in code, not inside another one. */
function quotedPath(file: string): RegExp {
  return new RegExp(
    `["'\`]${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'\`]`,
  );
}

/**
 * A file no import reaches (a config, a page a spec builds elsewhere) is run
 * by the specs that name its path.
 */
function testsNaming(file: string): TestReference[] {
  // The path as a whole string, not inside another one.
  const quoted = quotedPath(file);
  return SPEC_FOLDERS.flatMap(({ folder, pattern }) =>
    listFiles(folder)
      .filter((spec) => pattern.test(spec))
      .flatMap((spec) => {
        const source = sourceOf(spec);
        const tests = testsOf(spec);
        // Named outside every test (a constant, a module the spec imports):
        // all its tests run it. Named in one test: that one.
        const outside =
          quoted.test(source.slice(0, tests[0]?.index ?? source.length)) ||
          localImportsOf(spec).some((code) => quoted.test(sourceOf(code)));
        const naming = outside
          ? tests
          : tests.filter((test, position) =>
              quoted.test(
                source.slice(
                  test.index,
                  tests[position + 1]?.index ?? source.length,
                ),
              ),
            );
        return naming.map(({ title, line }) => ({ spec, title, line }));
      }),
  );
}

let built: Map<string, TestReference[]> | undefined;

/** The tests that run `file`, spec by spec in file order. */
export function testsRunning(file: string): TestReference[] {
  built ??= buildIndex();
  const found = [...(built.get(file) ?? []), ...testsNaming(file)].filter(
    (test, index, all) =>
      all.findIndex(
        (other) => other.spec === test.spec && other.line === test.line,
      ) === index,
  );
  return found.toSorted(
    (a, b) => a.spec.localeCompare(b.spec) || a.line - b.line,
  );
}

/** The package.json test script ("test:…") whose command runs `file`, if one does. */
function testScriptRunning(
  file: string,
): { name: string; entry: boolean } | undefined {
  const { scripts } = JSON.parse(sourceOf("package.json")) as {
    scripts: Record<string, string>;
  };
  for (const [name, command] of Object.entries(scripts)) {
    const entry = /\bscripts\/[\w./-]+\.ts\b/.exec(command)?.[0];
    if (!name.startsWith("test:") || !entry) continue;
    if (entry === file) return { name, entry: true };
    const runs = importClosure([entry]).some(
      (code) => code === file || quotedPath(file).test(sourceOf(code)),
    );
    if (runs) return { name, entry: false };
  }
}

/** The line under a code block: how many tests run the file, or that none does. */
export function testedBySummary(file: string, tests: TestReference[]): string {
  if (file.startsWith("tests/")) {
    return "Test code, part of this guide's suite.";
  }
  const testScript = testScriptRunning(file);
  if (testScript?.entry) {
    return `A test itself: npm run ${testScript.name} runs it.`;
  }
  if (sourceOf("playwright.config.ts").includes(file)) {
    return "Test set-up: Playwright runs it before every end-to-end run.";
  }
  if (tests.length === 0) {
    return testScript
      ? `No spec runs it on its own: npm run ${testScript.name} does.`
      : "No test runs this file.";
  }
  const specs = new Set(tests.map((test) => test.spec)).size;
  return `Tested by ${tests.length} ${tests.length === 1 ? "test" : "tests"} in ${specs} ${specs === 1 ? "spec" : "specs"}`;
}
