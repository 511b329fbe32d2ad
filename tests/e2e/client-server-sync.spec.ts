import type { FrameLocator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { liveExample } from "./support/live-preview";

// Better Auth's useSession() store fetches /api/auth/get-session on mount and
// then only on its own signals. None of them fires here: no authClient call is
// made (the form and the navbar's sign-out are Server Actions), no tab is
// hidden and shown again (the focus refetch listens for visibilitychange, and
// a Playwright page stays visible), polling is off and nothing goes offline.
// Counting the fetches proves the trap's panel is stale because no fetch was
// sent, not because it has not arrived yet.
function countSessionFetches(page: Page) {
  const fetches = { count: 0 };
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/auth/get-session") {
      fetches.count += 1;
    }
  });
  return fetches;
}

async function rename(form: Page | FrameLocator, name: string) {
  await form.getByLabel("Display name").fill(name);
  await form.getByRole("button", { name: "Save name" }).click();
  await expect(form.getByTestId("action-result")).toHaveText(
    `Saved. Your name is now “${name}”.`,
  );
}

async function signOutInNavbar(page: Page) {
  await page
    .getByTestId("navbar-account")
    .getByRole("button", { name: "Sign out" })
    .click();
  await expect(page.getByTestId("server-session")).toHaveText("Signed out.");
}

test("trap: after server-side changes the server panel follows, the useSession() panel keeps the old session", async ({
  page,
  signedIn,
  db,
}) => {
  const fetches = countSessionFetches(page);
  await page.goto("/examples/client-server-sync/trap");
  await expect(page.getByTestId("client-session")).toHaveText(
    `Signed in as ${signedIn.name}.`,
  );
  const fetchesOnMount = fetches.count;

  await rename(page, "Renamed on the server");
  await expect(page.getByTestId("server-session")).toHaveText(
    "Signed in as Renamed on the server.",
  );
  await expect(page.getByTestId("navbar-user-name")).toHaveText(
    "Renamed on the server",
  );
  expect(db.userById(signedIn.id)?.name).toBe("Renamed on the server");

  await signOutInNavbar(page);
  // Still the name from before the rename, and still "signed in".
  await expect(page.getByTestId("client-session")).toHaveText(
    `Signed in as ${signedIn.name}.`,
  );
  expect(fetches.count).toBe(fetchesOnMount);
});

test("with SessionSync: both panels follow a rename and a sign-out", async ({
  page,
  signedIn,
  db,
}) => {
  await page.goto("/examples/client-server-sync");
  await expect(page.getByTestId("client-session")).toHaveText(
    `Signed in as ${signedIn.name}.`,
  );

  await rename(page, "Renamed and in step");
  await expect(page.getByTestId("server-session")).toHaveText(
    "Signed in as Renamed and in step.",
  );
  await expect(page.getByTestId("client-session")).toHaveText(
    "Signed in as Renamed and in step.",
  );
  expect(db.userById(signedIn.id)?.name).toBe("Renamed and in step");

  await signOutInNavbar(page);
  await expect(page.getByTestId("client-session")).toHaveText("Signed out.");
});

test("signed out, on the docs page: both panels say so and the action refuses, in the frame and without a cookie", async ({
  page,
  account,
  db,
}) => {
  await page.goto("/client-server-sync");
  const frame = await liveExample(
    page,
    "Live example: client and server in step",
  );
  await expect(frame.getByTestId("server-session")).toHaveText("Signed out.");
  await expect(frame.getByTestId("client-session")).toHaveText("Signed out.");

  await frame.getByLabel("Display name").fill("Mallory");
  await frame.getByRole("button", { name: "Save name" }).click();
  await expect(frame.getByTestId("action-result")).toHaveText(
    "You are signed out, so nothing was changed. Sign in and try again.",
  );

  await page
    .getByRole("button", { name: "Request it as a signed-out visitor" })
    .click();
  await expect(page.getByTestId("signed-out-details")).toContainText(
    "The action answered: You are signed out, so nothing was changed.",
  );
  expect(db.userById(account.id)?.name).toBe(account.name);
});
