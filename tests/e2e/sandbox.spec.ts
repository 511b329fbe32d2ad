// The sandboxes run on CodeSandbox's bundler, served here from node_modules
// with every other external request aborted (support/sandpack-offline.ts).
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { BUNDLER_ORIGIN, runSandpackOffline } from "./support/sandpack-offline";
import { BASE_URL } from "./test-env";

test.use({ serviceWorkers: "block" });

// A sandbox's first start downloads and boots the bundler and transpiles the
// code in a worker: seconds, more when both test workers do it at once.
const FIRST_RENDER = { timeout: 45_000 };

test.beforeEach(async ({ context }) => {
  test.slow();
  await runSandpackOffline(context);
});

/** Opens a docs page, scrolls its sandbox into view and returns the preview frame. */
async function openSandbox(page: Page, path: string) {
  await page.goto(path);
  await page.getByTestId("sandbox-placeholder").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("sandbox")).toBeVisible();

  return page.frameLocator('[data-testid="sandbox"] .sp-preview-iframe');
}

test("signed in, the route handler sandbox shows the reader's name from GET /api/user", async ({
  page,
  signedIn,
}) => {
  const preview = await openSandbox(page, "/route-handler");
  await expect(preview.locator("main")).toContainText(
    `200: signed in as ${signedIn.name} (${signedIn.email})`,
    FIRST_RENDER,
  );
});

test("signed out, it shows the 401; editing the code changes the preview, and Reset brings it back", async ({
  page,
}) => {
  const preview = await openSandbox(page, "/route-handler");
  await expect(preview.locator("main")).toContainText(
    "401 Unauthorized",
    FIRST_RENDER,
  );

  const source = readFileSync("examples/sandboxes/user-from-api.tsx", "utf8");
  await page.locator('[data-testid="sandbox"] .cm-content').click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(
    source.replace("401 Unauthorized: sign in", "Nobody here yet: sign in"),
  );
  await expect(preview.locator("main")).toContainText(
    "Nobody here yet",
    FIRST_RENDER,
  );

  await page.getByRole("button", { name: "Reset code" }).click();
  await expect(preview.locator("main")).toContainText(
    "401 Unauthorized",
    FIRST_RENDER,
  );
});

test("the action sandbox renames the reader in the database", async ({
  page,
  signedIn,
  db,
}) => {
  const preview = await openSandbox(page, "/server-action");
  await preview.getByLabel("New display name").fill("Grace Hopper");
  await preview.getByRole("button", { name: "Save" }).click();
  await expect(preview.locator("p.ok")).toHaveText(
    "Saved. Your name is now “Grace Hopper”.",
    FIRST_RENDER,
  );
  expect(db.userById(signedIn.id)?.name).toBe("Grace Hopper");
  // The action revalidated the layout: the page around the sandbox shows it too.
  await expect(page.getByTestId("navbar-user-name")).toHaveText("Grace Hopper");
});

test("signed out, the action sandbox is refused and nothing is written", async ({
  page,
  account,
  db,
}) => {
  const preview = await openSandbox(page, "/server-action");
  await preview.getByLabel("New display name").fill("Mallory");
  await preview.getByRole("button", { name: "Save" }).click();
  await expect(preview.locator("p.error")).toContainText(
    "You are signed out, so nothing was changed",
    FIRST_RENDER,
  );
  expect(db.userById(account.id)?.name).toBe(account.name);
});

test("the sandbox cannot read the session cookie, and its own requests carry no session", async ({
  page,
  signedIn,
}) => {
  const preview = await openSandbox(page, "/server-component");
  await expect(preview.locator('[data-check="user"]')).toContainText(
    `"name": "${signedIn.name}"`,
    FIRST_RENDER,
  );
  await expect(preview.locator('[data-check="cookie"]')).toContainText('"":');
  await expect(preview.locator('[data-check="session"]')).toContainText(
    'Refused: "GET /api/auth/get-session" is not on this page\'s allowlist',
  );

  const sandboxFrame = page
    .frames()
    .find((frame) => frame.url().startsWith(BUNDLER_ORIGIN));
  expect(sandboxFrame, "the preview runs on the bundler's origin").toBeTruthy();
  const seen = await sandboxFrame!.evaluate(async (site) => {
    const direct = await fetch(`${site}/api/user`, {
      credentials: "include",
    }).then(
      async (response) => `${response.status} ${await response.text()}`,
      (error: Error) => `blocked: ${error.message}`,
    );
    return { cookie: document.cookie, direct };
  }, BASE_URL);
  expect(seen.cookie).toBe("");
  expect(seen.direct).not.toContain(signedIn.name);
});

test("pages load no Sandpack code until a sandbox comes near the screen", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("response", async (response) => {
    if (
      response.request().resourceType() === "script" &&
      response.url().startsWith(BASE_URL)
    ) {
      scripts.push(await response.text().catch(() => ""));
    }
  });
  const hasSandpack = () =>
    scripts.some((code) => code.includes("codesandbox.io"));

  await page.goto("/setup");
  await page.waitForLoadState("networkidle");
  expect(hasSandpack(), "a page without a sandbox").toBe(false);

  await page.goto("/route-handler");
  await page.waitForLoadState("networkidle");
  expect(hasSandpack(), "a page whose sandbox is below the fold").toBe(false);
  await expect(page.getByTestId("sandbox-placeholder")).toContainText(
    'fetch("/api/user")',
  );

  await page.getByTestId("sandbox-placeholder").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("sandbox")).toBeVisible();
  expect(hasSandpack(), "after scrolling to the sandbox").toBe(true);
});

test("at phone width the sandbox works from the keyboard and passes axe in light and dark mode", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const preview = await openSandbox(page, "/route-handler");
  await expect(preview.locator("main")).toContainText(
    "401 Unauthorized",
    FIRST_RENDER,
  );

  // Enter goes into the editor, Escape leaves it, Tab moves on: no keyboard trap.
  const editor = page
    .getByRole("textbox", { name: "Code Editor for App.tsx" })
    .first();
  await editor.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText(
    "\ndocument.body.dataset.typed = 'yes';\nconsole.log('typed from the keyboard');",
  );
  // The preview ran the typed code…
  await expect(preview.locator('body[data-typed="yes"]')).toBeAttached(
    FIRST_RENDER,
  );
  // …and the console shows its log. Each rebuild's start clears the console,
  // and under load the start of the rebuild for the Enter key can arrive after
  // the last run logged; the preview's Refresh runs the final code once more.
  const log = page.locator('[data-testid="sandbox"] [role="log"]');
  await expect(async () => {
    if (!(await log.textContent())?.includes("typed from the keyboard")) {
      await page
        .getByTestId("sandbox")
        .getByRole("button", { name: "Refresh preview" })
        .click();
    }
    await expect(log).toContainText("typed from the keyboard", {
      timeout: 10_000,
    });
  }).toPass(FIRST_RENDER);
  await editor.focus();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  expect(
    await page.evaluate(
      () => document.activeElement?.closest(".cm-editor") === null,
    ),
  ).toBe(true);

  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator("html")).toHaveClass(
      new RegExp(`\\b${colorScheme}\\b`),
    );
    const { violations } = await new AxeBuilder({ page })
      .include('[data-testid="sandbox"]')
      .analyze();
    const serious = violations.filter(
      (violation) =>
        violation.impact === "serious" || violation.impact === "critical",
    );
    expect(
      serious.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      ),
      colorScheme,
    ).toEqual([]);
  }
});
