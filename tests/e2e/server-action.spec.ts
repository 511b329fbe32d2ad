import { expect, test, type TestDatabase } from "./fixtures";
import type { Page } from "@playwright/test";
import { actionMessage, postNameForm } from "./support/form-post";
import { BASE_URL } from "./test-env";
import { liveExample } from "./support/live-preview";

async function submitName(page: Page, name: string) {
  await page.getByLabel("Display name").fill(name);
  await page.getByRole("button", { name: "Save name" }).click();
}

test("signed in, the action changes the name in the database, the page and the navbar", async ({
  page,
  signedIn,
  db,
}) => {
  await page.goto("/examples/server-action");
  await submitName(page, "Ada Lovelace");
  await expect(page.getByTestId("action-result")).toHaveText(
    "Saved. Your name is now “Ada Lovelace”.",
  );
  await expect(page.getByTestId("current-name")).toHaveText(
    "Signed in as Ada Lovelace.",
  );
  await expect(page.getByTestId("navbar-user-name")).toHaveText("Ada Lovelace");
  expect(db.userById(signedIn.id)?.name).toBe("Ada Lovelace");
});

test("a name in another script, with emoji, is stored exactly", async ({
  page,
  signedIn,
  db,
}) => {
  await page.goto("/examples/server-action");
  await submitName(page, "山田 太郎 🚀 Zoë");
  await expect(page.getByTestId("action-result")).toContainText("Saved.");
  expect(db.userById(signedIn.id)?.name).toBe("山田 太郎 🚀 Zoë");
});

test.describe("bad input gets a message and writes nothing", () => {
  const cases: [string, string, string][] = [
    ["empty", "", "Enter a name: it can't be empty or only spaces."],
    [
      "whitespace only",
      "    ",
      "Enter a name: it can't be empty or only spaces.",
    ],
    [
      "over 100 characters",
      "x".repeat(101),
      "Use at most 100 characters for your name.",
    ],
  ];
  for (const [label, value, message] of cases) {
    test(label, async ({ page, signedIn, db }) => {
      await page.goto("/examples/server-action");
      await submitName(page, value);
      await expect(page.getByTestId("action-result")).toHaveText(message);
      expectUnchanged(db, signedIn);
    });
  }

  test("not a string (a file in the name field)", async ({
    page,
    signedIn,
    db,
  }) => {
    // A browser form can send a file under any field name.
    const { html } = await postNameForm(
      page.context().request,
      {
        name: {
          name: "name.txt",
          mimeType: "text/plain",
          buffer: Buffer.from("Eve"),
        },
      },
      { origin: BASE_URL },
    );
    expect(actionMessage(html)).toBe(
      "Send the name as text, not a file or a number.",
    );
    expectUnchanged(db, signedIn);
  });

  test("a missing field", async ({ page, signedIn, db }) => {
    const { html } = await postNameForm(
      page.context().request,
      {},
      { origin: BASE_URL },
    );
    expect(actionMessage(html)).toBe("Enter a name.");
    expectUnchanged(db, signedIn);
  });

  test("a name of 100 KB", async ({ page, signedIn, db }) => {
    const { html } = await postNameForm(
      page.context().request,
      { name: "x".repeat(100 * 1024) },
      { origin: BASE_URL },
    );
    expect(actionMessage(html)).toBe(
      "Use at most 100 characters for your name.",
    );
    expectUnchanged(db, signedIn);
  });
});

test("signed out in another tab, the action refuses and writes nothing", async ({
  page,
  signedIn,
  db,
}) => {
  await page.goto("/examples/server-action");
  const otherTab = await page.context().newPage();
  await otherTab.goto("/");
  await otherTab.getByRole("button", { name: "Sign out" }).click();
  await expect(
    otherTab
      .getByTestId("navbar-account")
      .getByRole("link", { name: "Sign in" }),
  ).toBeVisible();

  await submitName(page, "Written after sign-out");
  await expect(page.getByTestId("action-result")).toHaveText(
    "You are signed out, so nothing was changed. Sign in and try again.",
  );
  expectUnchanged(db, signedIn);
});

test("with an expired session, the action refuses and writes nothing", async ({
  page,
  signedIn,
  db,
}) => {
  await page.goto("/examples/server-action");
  db.expireSessions(signedIn.id);
  await submitName(page, "Written after expiry");
  await expect(page.getByTestId("action-result")).toHaveText(
    /You are signed out/,
  );
  expectUnchanged(db, signedIn);
});

test("the docs page runs the form live and shows the signed-out refusal", async ({
  page,
  signedIn,
  db,
}) => {
  await page.goto("/server-action");
  const frame = await liveExample(page, "Live Server Action example");
  await frame.getByLabel("Display name").fill("Changed in the frame");
  await frame.getByRole("button", { name: "Save name" }).click();
  await expect(frame.getByTestId("action-result")).toContainText("Saved.");
  expect(db.userById(signedIn.id)?.name).toBe("Changed in the frame");

  await page
    .getByRole("button", { name: "Request it as a signed-out visitor" })
    .click();
  await expect(page.getByTestId("signed-out-details")).toContainText(
    "The action answered: You are signed out, so nothing was changed.",
  );
  expect(db.userById(signedIn.id)?.name).toBe("Changed in the frame");
});

test.describe("the common version, kept to compare", () => {
  test("stores a name made only of spaces", async ({ page, signedIn, db }) => {
    await page.goto("/examples/server-action/seed");
    await page.getByLabel("Display name").fill("   ");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect.poll(() => db.userById(signedIn.id)?.name).toBe("   ");
  });

  test("throws for a signed-out reader: an error screen instead of a message", async ({
    page,
    signedIn,
    db,
  }) => {
    await page.goto("/examples/server-action/seed");
    await page.context().clearCookies();
    const response = page.waitForResponse(
      (r) => r.request().method() === "POST",
    );
    await page.getByRole("button", { name: "Save name" }).click();
    expect((await response).status()).toBe(500);
    await expect(
      page.getByRole("heading", { name: "This page couldn’t load" }),
    ).toBeVisible();
    expectUnchanged(db, signedIn);
  });
});

function expectUnchanged(
  db: TestDatabase,
  account: { id: string; name: string },
) {
  expect(db.userById(account.id)?.name).toBe(account.name);
}
