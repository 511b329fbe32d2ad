// Next.js reads a page's `instant` from the route file's own source; a
// re-exported one is ignored (with a build warning). So each app/ route that
// serves an example writes it out, and must say what the example says.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

const ROOT = path.resolve(import.meta.dirname, "../..");

function routeFiles(dir = path.join(ROOT, "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^page\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const declaresInstantFalse = (source: string) =>
  /^export const instant = false;$/m.test(source);

test("every route that serves an example declares the example's instant, literally", () => {
  let checked = 0;
  for (const file of routeFiles()) {
    const source = readFileSync(file, "utf8");
    assert.doesNotMatch(
      source,
      /export \{[^}]*\binstant\b[^}]*\} from/,
      `${path.relative(ROOT, file)} re-exports instant: Next.js ignores it`,
    );
    const example = /export \{ default \} from "@\/(examples\/[^"]+)";/.exec(
      source,
    )?.[1];
    if (!example) continue;
    const exampleSource = readFileSync(
      path.join(ROOT, `${example}.tsx`),
      "utf8",
    );
    assert.equal(
      declaresInstantFalse(source),
      declaresInstantFalse(exampleSource),
      path.relative(ROOT, file),
    );
    checked++;
  }
  assert.ok(checked >= 10, `only ${checked} example routes found`);
});
