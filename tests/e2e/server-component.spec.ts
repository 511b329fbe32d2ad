import { expect, test } from "./fixtures";
import { expectStreamedRedirect } from "./support/redirects";
import { liveExample } from "./support/live-preview";

test("signed in, the Server Component greets the reader by name", async ({
  page,
  signedIn,
}) => {
  await page.goto("/examples/server-component");
  await expect(
    page.getByRole("heading", { name: `Welcome, ${signedIn.name}` }),
  ).toBeVisible();
  await expect(page.getByText(signedIn.email)).toBeVisible();
});

test("signed out, the redirect to /login is streamed (200, no protected HTML) and sign-in brings the reader back", async ({
  page,
  account,
  request,
}) => {
  // The check sits inside <Suspense>: the shell went out first, with a 200.
  const html = await expectStreamedRedirect(
    await request.get("/examples/server-component", { maxRedirects: 0 }),
    "/login?next=/examples/server-component",
    { meta: true },
  );
  expect(html).toContain("Checking your session…");
  expect(html).not.toContain("Welcome,");

  await page.goto("/examples/server-component");
  await expect(page).toHaveURL("/login?next=/examples/server-component");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/examples/server-component");
  await expect(
    page.getByRole("heading", { name: `Welcome, ${account.name}` }),
  ).toBeVisible();
});

test("an expired session is no session", async ({ page, signedIn, db }) => {
  db.expireSessions(signedIn.id);
  await page.goto("/examples/server-component");
  await expect(page).toHaveURL("/login?next=/examples/server-component");
});

test("the docs page runs the example live and shows the signed-out visitor's streamed redirect", async ({
  page,
  signedIn,
}) => {
  await page.goto("/server-component");
  const frame = await liveExample(page, "Live Server Component example");
  await expect(
    frame.getByRole("heading", { name: `Welcome, ${signedIn.name}` }),
  ).toBeVisible();

  await page
    .getByRole("button", { name: "Request it as a signed-out visitor" })
    .click();
  await expect(page.getByTestId("signed-out-status")).toHaveText(/^200/);
  const details = page.getByTestId("signed-out-details");
  await expect(details).toContainText(
    "NEXT_REDIRECT;replace;/login?next=/examples/server-component;307;",
  );
  await expect(details).toContainText(
    'http-equiv="refresh" content="1;url=/login?next=/examples/server-component"',
  );
});
