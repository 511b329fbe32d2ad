// "Tested by" is read from the specs (lib/docs/tested-by.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { testedBySummary, testsRunning } from "../../lib/docs/tested-by";

test("a lesson's file is run by its own spec, found through the route it asks for", () => {
  const specs = testsRunning("examples/server-action/actions.ts").map(
    (found) => found.spec,
  );
  assert.ok(
    specs.includes("tests/e2e/server-action.spec.ts"),
    specs.join(", "),
  );
});

test("a proxy is run by the specs that ask for the paths it guards", () => {
  const specs = testsRunning("examples/proxy/proxy.ts").map(
    (found) => found.spec,
  );
  assert.ok(specs.includes("tests/e2e/proxy.spec.ts"), specs.join(", "));
});

test("a module is run by the unit tests that import it", () => {
  const specs = testsRunning("lib/validation.ts").map((found) => found.spec);
  assert.ok(specs.includes("tests/unit/validation.test.ts"), specs.join(", "));
});

test("each reference points at a test's line with its title", () => {
  for (const found of testsRunning("examples/route-handler/route.ts")) {
    assert.ok(found.line > 0 && found.title.length > 0, JSON.stringify(found));
  }
});

test("a file no test runs says so", () => {
  // Built, not written out: a spec that names a file's path counts as running it.
  const unknown = ["examples", "no-such-file.ts"].join("/");
  assert.deepEqual(testsRunning(unknown), []);
  assert.equal(testedBySummary(unknown, []), "No test runs this file.");
});

test("a spec that names a file's path runs it, and an address in a regular expression counts", () => {
  const seed = testsRunning(
    ["examples", "server-component", "seed", "page.tsx"].join("/"),
  );
  assert.ok(
    seed.some(
      (found) => found.spec === "tests/e2e/server-component.server.spec.ts",
    ),
  );
  const verify = testsRunning(
    ["examples", "two-factor", "verify", "page.tsx"].join("/"),
  );
  assert.ok(
    verify.some((found) => found.spec === "tests/e2e/two-factor.spec.ts"),
  );
});
