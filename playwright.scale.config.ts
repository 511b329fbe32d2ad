import { defineConfig } from "@playwright/test";

// The cluster specs of npm run test:scale (scripts/scale-test.ts starts the
// servers and passes their addresses in SCALE_URL and SCALE_INSTANCES).
export default defineConfig({
  testDir: "tests/scale",
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: { baseURL: process.env.SCALE_URL },
});
