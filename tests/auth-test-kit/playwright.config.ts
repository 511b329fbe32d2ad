// The auth test kit's own Playwright config: run it against your app while it
// runs (npm run dev, or a production build), with
//   AUTH_KIT_BASE_URL=http://localhost:3000 npx playwright test -c tests/auth-test-kit
import { defineConfig, devices } from "@playwright/test";

export default defineConfig({
  testDir: ".",
  testMatch: "auth-test-kit.spec.ts",
  fullyParallel: true,
  reporter: [["list"]],
  use: {
    baseURL: process.env.AUTH_KIT_BASE_URL ?? "http://localhost:3000",
    ...devices["Desktop Chrome"],
    // A Chromium of your own (a system package) instead of Playwright's download.
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || undefined },
  },
});
