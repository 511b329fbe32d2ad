import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";

// Runs against the build the webServer made. `next start` must refuse to
// serve sessions signed with no secret or a guessable one, and to read client
// addresses through a proxy list it cannot understand.
for (const [label, secret] of [
  ["missing", undefined],
  ["too short", "only-twenty-chars-xx"],
] as const) {
  test(`next start refuses to start when BETTER_AUTH_SECRET is ${label}`, () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    delete env.BETTER_AUTH_SECRET;
    if (secret) env.BETTER_AUTH_SECRET = secret;
    const result = spawnSync("npx", ["next", "start", "-p", "0"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("BETTER_AUTH_SECRET");
    expect(result.stderr).toContain("openssl rand -base64 32");
  });
}

test("next start refuses to start when TRUSTED_PROXIES has an entry that is not an address or a range", () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    TRUSTED_PROXIES: "127.0.0.1, localhost",
  };
  env.BETTER_AUTH_SECRET ??= "a-secret-long-enough-for-the-production-check";
  const result = spawnSync("npx", ["next", "start", "-p", "0"], {
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain('TRUSTED_PROXIES lists "localhost"');
});
