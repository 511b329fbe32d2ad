import { expect, test } from "./fixtures";

test("with cache(), four callers read the session once", async ({ page, signedIn }) => {
  await page.goto("/examples/cached-helper");
  await expect(page.getByRole("heading", { name: `Hello, ${signedIn.name}` })).toBeVisible();
  await expect(page.getByTestId("session-reads")).toHaveText("1");
});

test("without cache(), every caller reads it again", async ({ page, signedIn }) => {
  await page.goto("/examples/cached-helper/without-cache");
  await expect(page.getByRole("heading", { name: `Hello, ${signedIn.name}` })).toBeVisible();
  await expect(page.getByTestId("session-reads")).toHaveText("4");
});

test("signed out, both redirect to sign in", async ({ request }) => {
  for (const path of ["/examples/cached-helper", "/examples/cached-helper/without-cache"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toBe(`/login?next=${path}`);
  }
});

test("the docs page shows both counts live", async ({ page, signedIn }) => {
  void signedIn;
  await page.goto("/cached-helper");
  await expect(page.frameLocator('iframe[title="Live cached helper example"]').getByTestId("session-reads")).toHaveText("1");
  await expect(page.frameLocator('iframe[title="Live example without cache()"]').getByTestId("session-reads")).toHaveText("4");
});
