// A client component cannot import the data access layer, nor lib/auth.ts. Checked without a
// full `next build` (about 1.5 min here): the real dal.ts goes through the
// Next.js compiler check that raises this build error for modules in client
// code, from the installed next's SWC binding (an internal API, so this test
// may need updating when next moves).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { test } from "node:test";

const require = createRequire(import.meta.url);
const { loadBindings, transform } = require("next/dist/build/swc/index.js");
const DAL = path.resolve("examples/data-access-layer/dal.ts");
const AUTH = path.resolve("lib/auth.ts");

async function compile(isReactServerLayer: boolean, file = DAL) {
  await loadBindings();
  return transform(await readFile(file, "utf8"), {
    filename: file,
    appDir: path.resolve("app"),
    jsc: { parser: { syntax: "typescript" } },
    serverComponents: {
      isReactServerLayer,
      cacheComponentsEnabled: false,
      useCacheEnabled: false,
      taintEnabled: false,
      pageExtensions: ["tsx", "ts", "mdx"],
    },
  });
}

test('dal.ts compiles for the server, where "server-only" is allowed', async () => {
  await assert.doesNotReject(compile(true));
});

test('dal.ts in client code is a compile error that names "server-only"', async () => {
  await assert.rejects(compile(false), (error: unknown) => {
    assert.match(
      String(error),
      /You're importing a module that depends on "server-only"/,
    );
    assert.match(String(error), /import "server-only";/);
    return true;
  });
});

test('lib/auth.ts in client code is a compile error that names "server-only"', async () => {
  await assert.doesNotReject(compile(true, AUTH));
  await assert.rejects(compile(false, AUTH), (error: unknown) => {
    assert.match(
      String(error),
      /You're importing a module that depends on "server-only"/,
    );
    return true;
  });
});
