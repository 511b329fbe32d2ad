import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { BASE_URL } from "./tests/e2e/test-env";

// Debian's Chromium when it is installed, any browser named by CHROMIUM_PATH,
// else Playwright's own download (`npx playwright install chromium`).
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const SERVER_SPECS = ["**/load.spec.ts", "**/server-lifecycle.spec.ts", "**/production-secret.spec.ts"];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      // Flags for a root user on a machine with no network beyond loopback:
      // without the background-networking ones Chromium keeps dialling out.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: SERVER_SPECS },
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
