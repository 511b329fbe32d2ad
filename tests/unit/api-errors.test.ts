// One way to recognise Better Auth's errors: isAPIError from better-auth/api.
// `instanceof APIError` misses the errors better-call throws, which are not
// Better Auth's APIError class (@better-auth/core's utils/is-api-error checks
// both classes and the name), so an expected refusal would become a crash.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { APIError as BetterCallAPIError } from "better-call";
import { APIError, isAPIError } from "better-auth/api";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap(
    (entry) => {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        return entry.name === "generated" ? [] : sources(relative);
      }
      return /\.tsx?$/.test(entry.name) ? [relative] : [];
    },
  );
}

test("isAPIError recognises Better Auth's APIError and better-call's, which instanceof does not", () => {
  const fromBetterCall = new BetterCallAPIError("BAD_REQUEST", {
    message: "from better-call",
  });
  assert.equal(isAPIError(new APIError("BAD_REQUEST", { message: "x" })), true);
  assert.equal(isAPIError(fromBetterCall), true);
  assert.equal(
    fromBetterCall instanceof APIError,
    false,
    "instanceof would miss it",
  );
  assert.equal(isAPIError(new Error("a bug")), false);
});

test("no code of the site or the examples uses instanceof APIError", () => {
  for (const file of ["examples", "lib", "components", "app"].flatMap(
    sources,
  )) {
    assert.doesNotMatch(
      readFileSync(path.join(ROOT, file), "utf8"),
      /instanceof APIError/,
      file,
    );
  }
});
