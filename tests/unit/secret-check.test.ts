import assert from "node:assert/strict";
import { test } from "node:test";
import { secretHelp, secretProblem } from "../../lib/secret-check";

test("a production secret must exist and be at least 32 characters", () => {
  assert.match(secretProblem(undefined)!, /BETTER_AUTH_SECRET is not set/);
  assert.match(
    secretProblem("short")!,
    /5 characters long; it needs at least 32/,
  );
  assert.equal(secretProblem("x".repeat(32)), null);
});

test("the help names the variable and how to make a value", () => {
  const help = secretHelp("BETTER_AUTH_SECRET is not set.");
  assert.match(help, /openssl rand -base64 32/);
  assert.match(help, /BETTER_AUTH_SECRET=/);
});
