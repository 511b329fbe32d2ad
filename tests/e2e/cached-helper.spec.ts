import { expect, test } from "./fixtures";
import { setCookies } from "./support/cookies";
import { expectStreamedRedirect } from "./support/redirects";
import { liveExample } from "./support/live-preview";

// Five callers per request: the page's four components and the site's navbar.
// The count arrives in a request of its own after the page has loaded; a
// loaded machine can take a while to answer it.
const COUNT_TIMEOUT = { timeout: 25_000 };

test("with cache(), five callers read the session once", async ({
  page,
  signedIn,
}) => {
  await page.goto("/examples/cached-helper");
  await expect(
    page.getByRole("heading", { name: `Hello, ${signedIn.name}` }),
  ).toBeVisible();
  await expect(page.getByTestId("session-reads")).toHaveText(
    "1",
    COUNT_TIMEOUT,
  );
  // Each read is two SQL queries: the session row, then its user.
  await expect(page.getByTestId("session-queries")).toHaveText("2");
});

test("without cache(), each of the page's four callers reads it again", async ({
  page,
  signedIn,
}) => {
  await page.goto("/examples/cached-helper/trap");
  await expect(
    page.getByRole("heading", { name: `Hello, ${signedIn.name}` }),
  ).toBeVisible();
  // Four uncached reads, plus one for the navbar, which uses the cached helper.
  await expect(page.getByTestId("session-reads")).toHaveText(
    "5",
    COUNT_TIMEOUT,
  );
  await expect(page.getByTestId("session-queries")).toHaveText("10");
});

test("signed out, both redirect to sign in", async ({ request }) => {
  for (const path of [
    "/examples/cached-helper",
    "/examples/cached-helper/trap",
  ]) {
    await expectStreamedRedirect(
      await request.get(path, { maxRedirects: 0 }),
      `/login?next=${path}`,
      { meta: false },
    );
  }
});

test("the docs page shows both counts live", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/cached-helper");
  await expect(
    (await liveExample(page, "Live cached helper example")).getByTestId(
      "session-reads",
    ),
  ).toHaveText("1", COUNT_TIMEOUT);
  await expect(
    (await liveExample(page, "Live example without cache()")).getByTestId(
      "session-reads",
    ),
  ).toHaveText("5", COUNT_TIMEOUT);
});

// Lesson 2, "What one getSession() call does". Better Auth's defaults:
// sessions last 7 days and are extended once they are a day old.
const DAY = 24 * 3600;

test("getSession in a Server Component extends an old session in the database, and cannot refresh its cookie", async ({
  page,
  signedIn,
  db,
}) => {
  const request = page.context().request;
  db.ageSessions(signedIn.id, DAY + 60);
  let agedExpiry = db.sessionExpiry(signedIn.id);
  const response = await request.get("/examples/cached-helper");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(signedIn.name);
  // A write: the row now runs out about a day later than it did…
  expect(db.sessionExpiry(signedIn.id) - agedExpiry).toBeGreaterThan(
    (DAY - 120) * 1000,
  );
  // …and no cookie: the browser's session cookie keeps its old lifetime.
  expect(setCookies(response)).toEqual([]);

  // A client-side navigation (an RSC request) too. Better Auth's nextCookies()
  // means to skip the refresh for these, but Next.js 16.4.6 hides the RSC
  // header from headers(), so it never sees one.
  db.ageSessions(signedIn.id, DAY + 60);
  agedExpiry = db.sessionExpiry(signedIn.id);
  // Next.js first redirects to add its own cache-busting ?_rsc= value.
  const navigation = await request.get("/examples/cached-helper", {
    headers: { RSC: "1" },
  });
  expect(navigation.headers()["content-type"]).toContain("text/x-component");
  expect(db.sessionExpiry(signedIn.id) - agedExpiry).toBeGreaterThan(
    (DAY - 120) * 1000,
  );
  expect(setCookies(navigation)).toEqual([]);
});

test("getSession deletes an expired session it finds", async ({
  page,
  signedIn,
  db,
}) => {
  expect(db.countSessions(signedIn.id)).toBe(1);
  db.expireSessions(signedIn.id);
  await expectStreamedRedirect(
    await page
      .context()
      .request.get("/examples/cached-helper", { maxRedirects: 0 }),
    "/login?next=/examples/cached-helper",
    { meta: false },
  );
  expect(db.countSessions(signedIn.id)).toBe(0);
});
