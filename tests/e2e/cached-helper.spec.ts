import { expect, test } from "./fixtures";
import { expectStreamedRedirect } from "./support/redirects";

// Five callers per request: the page's four components and the site's navbar.
// The count arrives in a request of its own after the page has loaded; a
// loaded machine can take a while to answer it.
const COUNT_TIMEOUT = { timeout: 25_000 };

test("with cache(), five callers read the session once", async ({ page, signedIn }) => {
  await page.goto("/examples/cached-helper");
  await expect(page.getByRole("heading", { name: `Hello, ${signedIn.name}` })).toBeVisible();
  await expect(page.getByTestId("session-reads")).toHaveText("1", COUNT_TIMEOUT);
});

test("without cache(), each of the page's four callers reads it again", async ({ page, signedIn }) => {
  await page.goto("/examples/cached-helper/without-cache");
  await expect(page.getByRole("heading", { name: `Hello, ${signedIn.name}` })).toBeVisible();
  // Four uncached reads, plus one for the navbar, which uses the cached helper.
  await expect(page.getByTestId("session-reads")).toHaveText("5", COUNT_TIMEOUT);
});

test("signed out, both redirect to sign in", async ({ request }) => {
  for (const path of ["/examples/cached-helper", "/examples/cached-helper/without-cache"]) {
    await expectStreamedRedirect(await request.get(path, { maxRedirects: 0 }), `/login?next=${path}`, { meta: false });
  }
});

test("the docs page shows both counts live", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/cached-helper");
  await expect(page.frameLocator('iframe[title="Live cached helper example"]').getByTestId("session-reads")).toHaveText("1", COUNT_TIMEOUT);
  await expect(page.frameLocator('iframe[title="Live example without cache()"]').getByTestId("session-reads")).toHaveText("5", COUNT_TIMEOUT);
});
