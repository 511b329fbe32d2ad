import assert from "node:assert/strict";
import { test } from "node:test";
import {
  assertShowable,
  fencedBlock,
  languageOf,
  lineRangeMeta,
  linesContaining,
} from "../../components/example-code/source-lines";

const source = [
  "import a",
  "",
  "const session = await getSession();",
  "if (!session) redirect('/login');",
  "return 1;",
].join("\n");

test("finds the lines that contain each marker", () => {
  assert.deepEqual(
    linesContaining(source, ["getSession()", "redirect("]),
    [3, 4],
  );
  assert.deepEqual(linesContaining(source, []), []);
});

test("a marker that matches nothing fails, naming the file", () => {
  assert.throws(
    () => linesContaining(source, ["getUser()"], "page.tsx"),
    /"getUser\(\)" matches no line of page.tsx/,
  );
});

test("line numbers become Nextra's highlight ranges", () => {
  assert.equal(lineRangeMeta([]), "");
  assert.equal(lineRangeMeta([4]), "{4}");
  assert.equal(lineRangeMeta([3, 4, 5, 9, 11, 12]), "{3-5,9,11-12}");
});

test("the fenced block carries language, file name, highlights and copy", () => {
  assert.equal(
    fencedBlock("a\nb", "examples/x/page.tsx", [2]),
    '```tsx filename="examples/x/page.tsx" {2} copy\na\nb\n```\n',
  );
  assert.equal(languageOf("prisma/schema.prisma"), "prisma");
  assert.equal(languageOf("notes.unknown"), "text");
});

test("the fence outgrows backticks inside the file", () => {
  const block = fencedBlock("const md = `a ``` b`;", "lib/x.ts", []);
  assert.ok(block.startsWith("````ts "), block);
  assert.ok(block.endsWith("\n````\n"));
});

test("only the project's source folders can be shown", () => {
  assert.doesNotThrow(() =>
    assertShowable("examples/server-component/page.tsx"),
  );
  assert.doesNotThrow(() => assertShowable("app/api/auth/[...all]/route.ts"));
  assert.doesNotThrow(() => assertShowable("playwright.config.ts"));
  for (const file of [
    ".env.local",
    "examples/../.env",
    "node_modules/x/index.js",
    "/etc/passwd",
    "lib/generated/prisma/client.ts",
    "lib/.env.production",
    "package.json",
    "x/playwright.config.ts",
  ]) {
    assert.throws(() => assertShowable(file), /may only show/, file);
  }
});
