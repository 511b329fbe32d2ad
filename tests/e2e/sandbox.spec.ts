// The sandboxes run on CodeSandbox's bundler, served here from node_modules
// with every other external request aborted (support/sandpack-offline.ts).
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { BUNDLER_ORIGIN, runSandpackOffline } from "./support/sandpack-offline";
import { BASE_URL } from "./test-env";

test.use({ serviceWorkers: "block" });

test.beforeEach(async ({ context }) => {
  await runSandpackOffline(context);
});

/** Opens a docs page, scrolls its sandbox into view and returns the preview frame. */
async function openSandbox(page: Page, path: string) {
  await page.goto(path);
  await page.getByTestId("sandbox-placeholder").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("sandbox")).toBeVisible();
  return page.frameLocator('[data-testid="sandbox"] .sp-preview-iframe');
}

test("signed in, the route handler sandbox shows the reader's name from GET /api/user", async ({ page, signedIn }) => {
  const preview = await openSandbox(page, "/route-handler");
  await expect(preview.locator("main")).toContainText(`200: signed in as ${signedIn.name} (${signedIn.email})`, { timeout: 20_000 });
});

test("signed out, it shows the 401; editing the code changes the preview, and Reset brings it back", async ({ page }) => {
  const preview = await openSandbox(page, "/route-handler");
  await expect(preview.locator("main")).toContainText("401 Unauthorized", { timeout: 20_000 });

  const source = readFileSync("examples/sandboxes/user-from-api.tsx", "utf8");
  await page.locator('[data-testid="sandbox"] .cm-content').click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(source.replace("401 Unauthorized: sign in", "Nobody here yet: sign in"));
  await expect(preview.locator("main")).toContainText("Nobody here yet", { timeout: 20_000 });

  await page.getByRole("button", { name: "Reset code" }).click();
  await expect(preview.locator("main")).toContainText("401 Unauthorized", { timeout: 20_000 });
});

test("the action sandbox renames the reader in the database", async ({ page, signedIn, db }) => {
  const preview = await openSandbox(page, "/server-action");
  await preview.getByLabel("New display name").fill("Grace Hopper");
  await preview.getByRole("button", { name: "Save" }).click();
  await expect(preview.locator("p.ok")).toHaveText("Saved. Your name is now “Grace Hopper”.", { timeout: 20_000 });
  expect(db.userById(signedIn.id)?.name).toBe("Grace Hopper");
  // The action revalidated the layout: the page around the sandbox shows it too.
  await expect(page.getByTestId("navbar-user-name")).toHaveText("Grace Hopper");
});

test("signed out, the action sandbox is refused and nothing is written", async ({ page, account, db }) => {
  const preview = await openSandbox(page, "/server-action");
  await preview.getByLabel("New display name").fill("Mallory");
  await preview.getByRole("button", { name: "Save" }).click();
  await expect(preview.locator("p.error")).toContainText("You are signed out, so nothing was changed", { timeout: 20_000 });
  expect(db.userById(account.id)?.name).toBe(account.name);
});

test("the sandbox cannot read the session cookie, and its own requests carry no session", async ({ page, signedIn }) => {
  const preview = await openSandbox(page, "/server-component");
  await expect(preview.locator('[data-check="user"]')).toContainText(`"name": "${signedIn.name}"`, { timeout: 20_000 });
  await expect(preview.locator('[data-check="cookie"]')).toContainText('"":');
  await expect(preview.locator('[data-check="session"]')).toContainText("Refused: \"GET /api/auth/get-session\" is not on this page's allowlist");

  const sandboxFrame = page.frames().find((frame) => frame.url().startsWith(BUNDLER_ORIGIN));
  expect(sandboxFrame, "the preview runs on the bundler's origin").toBeTruthy();
  const seen = await sandboxFrame!.evaluate(async (site) => {
    const direct = await fetch(`${site}/api/user`, { credentials: "include" }).then(
      async (response) => `${response.status} ${await response.text()}`,
      (error: Error) => `blocked: ${error.message}`,
    );
    return { cookie: document.cookie, direct };
  }, BASE_URL);
  expect(seen.cookie).toBe("");
  expect(seen.direct).not.toContain(signedIn.name);
});

test("pages load no Sandpack code until a sandbox comes near the screen", async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script" && response.url().startsWith(BASE_URL)) {
      scripts.push(await response.text().catch(() => ""));
    }
  });
  const hasSandpack = () => scripts.some((code) => code.includes("codesandbox.io"));

  await page.goto("/setup");
  await page.waitForLoadState("networkidle");
  expect(hasSandpack(), "a page without a sandbox").toBe(false);

  await page.goto("/route-handler");
  await page.waitForLoadState("networkidle");
  expect(hasSandpack(), "a page whose sandbox is below the fold").toBe(false);
  await expect(page.getByTestId("sandbox-placeholder")).toContainText("askDocsPage");

  await page.getByTestId("sandbox-placeholder").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("sandbox")).toBeVisible();
  expect(hasSandpack(), "after scrolling to the sandbox").toBe(true);
});
