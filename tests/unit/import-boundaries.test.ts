// Imports run one way. A lesson's example uses only the modules a reader's own
// app would have (auth, its client, the database client, the session helper,
// validation...), so what a reader copies runs without this site. The site's
// own code (lib/, components/) never runs on a lesson's files, except where a
// widget runs an example on purpose, through one named place.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The reader-facing modules: what an app that copies the lessons has of its own. */
const READER_MODULES = [
  "lib/auth",
  "lib/auth-client",
  "lib/prisma",
  "lib/session",
  "lib/validation",
  "lib/action-state",
  "lib/safe-redirect",
  "lib/permissions",
  "lib/can",
];

/** Lessons that build on another lesson's file, and why. */
const LESSON_TO_LESSON: Record<string, string> = {
  "examples/client-server-sync/page.tsx -> examples/server-action/name-form":
    "lesson 10 puts lesson 3's form beside the client's view of the session",
  "examples/client-server-sync/trap/page.tsx -> examples/server-action/name-form":
    "and so does its trap",
};

/** The one place the site runs an example's code: the sandbox calls the Server Action the lesson teaches. */
const WIDGET_ENTRIES = ["components/sandbox/use-page-bridge.ts"];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder)).flatMap((name) => {
    const relative = path.posix.join(folder, name);
    if (statSync(path.join(ROOT, relative)).isDirectory()) {
      return sourceFiles(relative);
    }
    return /\.(ts|tsx)$/.test(name) ? [relative] : [];
  });
}

/** The project paths (without extension) that a file imports: "@/…" and relative imports only. */
function projectImports(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  const specifiers = [
    ...source.matchAll(
      /(?:^|\n)\s*(?:import|export)[^"';]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ].map((match) => match[1] ?? match[2]);
  return specifiers
    .flatMap((specifier) => {
      if (specifier.startsWith("@/")) return [specifier.slice(2)];
      if (specifier.startsWith(".")) {
        return [
          path.posix.normalize(
            path.posix.join(path.posix.dirname(file), specifier),
          ),
        ];
      }
      return [];
    })
    .map((target) => target.replace(/\.(ts|tsx)$/, "").replace(/\/index$/, ""));
}

const lessonFolder = (file: string) => file.split("/").slice(0, 2).join("/");

test("an example imports only its own folder and the reader-facing modules", () => {
  const strays = sourceFiles("examples").flatMap((file) =>
    projectImports(file)
      .filter(
        (target) =>
          !target.startsWith(`${lessonFolder(file)}/`) &&
          !READER_MODULES.includes(target) &&
          !LESSON_TO_LESSON[`${file} -> ${target}`],
      )
      .map((target) => `${file} imports ${target}`),
  );
  assert.deepEqual(
    strays,
    [],
    `An example may import ${READER_MODULES.join(", ")} and its own folder; move what it needs there, or into lib/ as a reader-facing module.`,
  );
});

test("the site's own code never imports an example, except through the widget that runs one", () => {
  const strays = [...sourceFiles("lib"), ...sourceFiles("components")].flatMap(
    (file) =>
      WIDGET_ENTRIES.includes(file)
        ? []
        : projectImports(file)
            .filter((target) => target.startsWith("examples/"))
            .map((target) => `${file} imports ${target}`),
  );
  assert.deepEqual(strays, []);
});

test("the reader-facing modules and the exceptions all exist", () => {
  const exists = (target: string) =>
    ["ts", "tsx"].some((extension) => {
      try {
        return statSync(path.join(ROOT, `${target}.${extension}`)).isFile();
      } catch {
        return false;
      }
    });
  for (const name of READER_MODULES) {
    assert.ok(exists(name), `${name} is listed but missing`);
  }
  for (const pair of Object.keys(LESSON_TO_LESSON)) {
    assert.ok(
      pair
        .split(" -> ")
        .every((file) => exists(file.replace(/\.(ts|tsx)$/, ""))),
      pair,
    );
  }
  for (const file of WIDGET_ENTRIES) {
    assert.ok(exists(file.replace(/\.(ts|tsx)$/, "")), file);
  }
});
