import { expect, test } from "./fixtures";

test("signed in, the Server Component greets the reader by name", async ({ page, signedIn }) => {
  await page.goto("/examples/server-component");
  await expect(page.getByRole("heading", { name: `Welcome, ${signedIn.name}` })).toBeVisible();
  await expect(page.getByText(signedIn.email)).toBeVisible();
});

test("signed out, it answers 307 to /login and brings the reader back after sign-in", async ({ page, account, request }) => {
  const response = await request.get("/examples/server-component", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe("/login?next=/examples/server-component");

  await page.goto("/examples/server-component");
  await expect(page).toHaveURL("/login?next=/examples/server-component");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/examples/server-component");
  await expect(page.getByRole("heading", { name: `Welcome, ${account.name}` })).toBeVisible();
});

test("an expired session is no session", async ({ page, signedIn, db }) => {
  db.expireSessions(signedIn.id);
  await page.goto("/examples/server-component");
  await expect(page).toHaveURL("/login?next=/examples/server-component");
});

test("the docs page runs the example live and shows the signed-out 307", async ({ page, signedIn }) => {
  await page.goto("/server-component");
  const frame = page.frameLocator('iframe[title="Live Server Component example"]');
  await expect(frame.getByRole("heading", { name: `Welcome, ${signedIn.name}` })).toBeVisible();

  await page.getByRole("button", { name: "Request it as a signed-out visitor" }).click();
  await expect(page.getByTestId("signed-out-status")).toHaveText(/^307/);
  await expect(page.getByTestId("signed-out-details")).toContainText("location: /login?next=/examples/server-component");
});
