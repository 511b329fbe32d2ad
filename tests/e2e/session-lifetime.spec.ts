// Lesson 12: how long a session lasts, who extends its cookie, and a
// sensitive action that asks for a fresh sign-in. Time is moved by setting
// the session's timestamps in the test database, as it would pass.
import { expect, test } from "./fixtures";
import { sessionCookieSet } from "./support/cookies";
import { expectStreamedRedirect } from "./support/redirects";

const PAGE = "/examples/session-lifetime";
const DAY = 24 * 3600;

test("signed in, the page shows the session's lifetime, and a fresh session lists the reader's devices", async ({
  page,
  signedIn,
}) => {
  await page.goto(PAGE);
  await expect(
    page.getByRole("heading", { name: `Your session, ${signedIn.name}` }),
  ).toBeVisible();
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByTestId("signed-in-at")).toContainText(today);
  const inAWeek = new Date(Date.now() + 7 * DAY * 1000)
    .toISOString()
    .slice(0, 10);
  await expect(page.getByTestId("expires-at")).toContainText(inAWeek);

  await page
    .getByRole("button", { name: "List the devices I am signed in on" })
    .click();
  await expect(
    page.getByTestId("action-result").getByRole("listitem"),
  ).toHaveCount(1);
  await expect(page.getByTestId("action-result")).toContainText("(this one)");
});

test("a day-old session is extended by the proxy, cookie included; a page with no proxy extends only the row", async ({
  page,
  signedIn,
  db,
}) => {
  const request = page.context().request;
  db.ageSessions(signedIn.id, DAY + 60);
  let aged = db.sessionExpiry(signedIn.id);
  const refreshed = await request.get(PAGE, { maxRedirects: 0 });
  expect(refreshed.status()).toBe(200);
  expect(db.sessionExpiry(signedIn.id) - aged).toBeGreaterThan(
    (DAY - 120) * 1000,
  );
  expect(sessionCookieSet(refreshed)).toMatch(/Max-Age=604800/i);

  db.ageSessions(signedIn.id, DAY + 60);
  aged = db.sessionExpiry(signedIn.id);
  const pageOnly = await request.get("/examples/server-component", {
    maxRedirects: 0,
  });
  expect(pageOnly.status()).toBe(200);
  expect(db.sessionExpiry(signedIn.id) - aged).toBeGreaterThan(
    (DAY - 120) * 1000,
  );
  expect(sessionCookieSet(pageOnly)).toBeUndefined();
});

test("a session signed in two days ago still serves the page, but listing devices asks for a new sign-in", async ({
  page,
  signedIn,
  db,
}) => {
  db.backdateSignIn(signedIn.id, 2 * DAY);
  await page.goto(PAGE);
  await expect(
    page.getByRole("heading", { name: `Your session, ${signedIn.name}` }),
  ).toBeVisible();
  await page
    .getByRole("button", { name: "List the devices I am signed in on" })
    .click();
  await expect(page.getByTestId("action-result")).toHaveText(
    "You signed in more than a day ago. Sign in again to see your devices.",
  );
  await expect(
    page.getByTestId("action-result").getByRole("listitem"),
  ).toHaveCount(0);
});

test("signed out or expired, the page redirects to sign in and the expired row is deleted", async ({
  request,
  page,
  signedIn,
  db,
}) => {
  await expectStreamedRedirect(
    await request.get(PAGE, { maxRedirects: 0 }),
    `/login?next=${PAGE}`,
    { meta: false },
  );

  db.expireSessions(signedIn.id);
  await expectStreamedRedirect(
    await page.context().request.get(PAGE, { maxRedirects: 0 }),
    `/login?next=${PAGE}`,
    { meta: false },
  );
  expect(db.countSessions(signedIn.id)).toBe(0);
});
