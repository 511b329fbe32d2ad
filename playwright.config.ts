import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./scripts/browser";
import { BASE_URL } from "./tests/e2e/test-env";

// Specs that start servers of their own (restarts, load, refusing to start)
// are named *.server.spec.ts.
const SERVER_SPECS = "**/*.server.spec.ts";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry in CI, so a rare timing flake does not block a landing; the
  // report still lists it as flaky. Locally a failure fails at once.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: launchOptions(),
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: SERVER_SPECS,
    },
    // Tests that start servers of their own (restarts, load, refusing to
    // start) run after the browser tests, so they never starve the main server.
    { name: "server", testMatch: SERVER_SPECS, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${BASE_URL}/login`,
    timeout: 10 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
