import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";

// Runs against the build the webServer made. `next start` must refuse to
// serve sessions signed with no secret or a guessable one.
for (const [label, secret] of [
  ["missing", undefined],
  ["too short", "only-twenty-chars-xx"],
] as const) {
  test(`next start refuses to start when BETTER_AUTH_SECRET is ${label}`, () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
    delete env.BETTER_AUTH_SECRET;
    if (secret) env.BETTER_AUTH_SECRET = secret;
    const result = spawnSync("npx", ["next", "start", "-p", "0"], { env, encoding: "utf8", timeout: 60_000 });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("BETTER_AUTH_SECRET");
    expect(result.stderr).toContain("openssl rand -base64 32");
  });
}
