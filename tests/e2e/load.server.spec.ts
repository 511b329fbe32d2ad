// A few seconds of the same load as `npm run load`, so a regression that
// loses writes or locks the database fails CI. The figures are printed, never asserted.
import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";

test("a short load: concurrent readers and sign-ups, no errors, no lost writes", async () => {
  test.setTimeout(120_000);
  const result = spawnSync("npx", ["tsx", "scripts/load.ts"], {
    env: {
      ...process.env,
      LOAD_USERS: "8",
      LOAD_SECONDS: "4",
      LOAD_SIGNUPS: "20",
    },
    encoding: "utf8",
    timeout: 110_000,
  });
  console.log(result.stdout);
  expect(result.status, result.stderr || result.stdout).toBe(0);
  expect(result.stdout).toContain("lost: 0");
});
