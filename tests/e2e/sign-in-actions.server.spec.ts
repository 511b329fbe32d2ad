// Lesson 8 on a server of its own with Better Auth's session cookie cache on:
// signing out redirects, so the page in the action's own answer is already
// signed out.
import { expect, test } from "@playwright/test";
import { startNext } from "../../scripts/next-server";

test("with the cookie cache on, signing out redirects, so the page in the action's answer is already signed out", async ({
  browser,
}) => {
  const server = await startNext(
    {
      BETTER_AUTH_COOKIE_CACHE_SECONDS: "300",
    },
    { port: 3390 + test.info().workerIndex },
  );
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const signUp = await context.request.post("/api/auth/sign-up/email", {
      data: {
        name: "Leaving",
        email: "sign-out@example.com",
        password: "a long enough password",
      },
      headers: { origin: server.url },
    });
    expect(signUp.status()).toBe(200);
    const page = await context.newPage();
    await page.goto("/examples/sign-in-actions");
    // The example's own button, not the navbar's (a different action).
    const example = page.getByRole("main");
    await expect(
      example.getByRole("button", { name: "Sign out" }),
    ).toBeVisible();

    // No reload, no second request of the test's own: what the action answered.
    await example.getByRole("button", { name: "Sign out" }).click();
    await expect(
      example.getByRole("button", { name: "Sign in" }),
    ).toBeVisible();
    await expect(example.getByTestId("who")).toHaveText("You are signed out.");
  } finally {
    await context.close();
    await server.stop();
  }
});
