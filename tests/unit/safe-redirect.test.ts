import assert from "node:assert/strict";
import { test } from "node:test";
import { safeNextPath } from "../../lib/safe-redirect";

test("keeps paths on this site, with their query and hash", () => {
  assert.equal(
    safeNextPath("/examples/server-component"),
    "/examples/server-component",
  );
  assert.equal(safeNextPath("/a?b=c#d"), "/a?b=c#d");
  assert.equal(safeNextPath("/"), "/");
});

test("sends every way out of the site to the fallback", () => {
  for (const next of [
    "//evil.example",
    "///evil.example",
    "https://evil.example",
    "http:evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "%2F%2Fevil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
  ]) {
    assert.equal(safeNextPath(next), "/", JSON.stringify(next));
  }
});

test("ignores what is not a string", () => {
  assert.equal(safeNextPath(undefined), "/");
  assert.equal(safeNextPath(["/a", "/b"]), "/");
  assert.equal(safeNextPath(42, "/home"), "/home");
});
