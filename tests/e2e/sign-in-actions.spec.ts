import type { FrameLocator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { liveExample } from "./support/live-preview";

const SESSION_COOKIE = "better-auth.session_token";

async function sessionCookie(page: Page) {
  return (await page.context().cookies()).find(
    (cookie) => cookie.name === SESSION_COOKIE,
  );
}

// Fills the sign-in form (on the page or in a frame) and waits for the
// action's answer, so the next check never reads the previous message.
async function submit(
  page: Page,
  email: string,
  password: string,
  form: Page | FrameLocator = page,
) {
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  const answered = page.waitForResponse(
    (response) => response.request().method() === "POST",
  );
  await form.getByRole("button", { name: "Sign in" }).click();
  await answered;
  // The answer renders after it arrives, and resets the form as it does: wait
  // for that (the button's pending label goes, or the page with it), or the
  // next fill lands before the reset and is wiped. The message alone does not
  // tell, when the previous try showed the same one.
  await expect(form.getByRole("button", { name: "Signing in…" })).toHaveCount(
    0,
  );
}

test("bad input and a wrong password get messages and no cookie; the right one signs in and goes to next", async ({
  page,
  account,
  db,
}) => {
  const next = "/server-action?from=sign-in-action";
  await page.goto(`/examples/sign-in-actions?next=${encodeURIComponent(next)}`);
  const sessionsBefore = db.countSessions(account.id);

  await submit(page, "", account.password);
  await expect(page.getByTestId("sign-in-result")).toHaveText(
    "Enter your email address.",
  );

  await submit(page, account.email, "not the password");
  await expect(page.getByTestId("sign-in-result")).toHaveText(
    /don't match an account/,
  );
  // The form keeps the email the action sent back; the password is not kept.
  await expect(page.getByLabel("Email")).toHaveValue(account.email);
  expect(await sessionCookie(page)).toBeUndefined();
  expect(db.countSessions(account.id)).toBe(sessionsBefore);

  await submit(page, account.email, account.password);
  await expect(page).toHaveURL(next);
  expect(await sessionCookie(page)).toMatchObject({
    httpOnly: true,
    sameSite: "Lax",
  });
  await expect(page.getByTestId("navbar-user-name")).toHaveText(account.name);
  expect(db.countSessions(account.id)).toBe(sessionsBefore + 1);
});

test("sign-out through the action clears the session; an outside next lands on the site", async ({
  page,
  signedIn,
  db,
}) => {
  const outsideNext = `/examples/sign-in-actions?next=${encodeURIComponent("https://evil.example/phish")}`;
  await page.goto(outsideNext);
  await expect(page.getByTestId("who")).toHaveText(
    `Signed in as ${signedIn.name} (${signedIn.email}).`,
  );

  // The page's own button, not the navbar's (a different action). It
  // redirects to the page, so the answer is rendered with the cleared cookies.
  await page
    .locator(".example-page")
    .getByRole("button", { name: "Sign out" })
    .click();
  await expect(page).toHaveURL("/examples/sign-in-actions");
  await expect(page.getByTestId("who")).toHaveText("You are signed out.");
  await expect(
    page.getByTestId("navbar-account").getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
  expect(await sessionCookie(page)).toBeUndefined();
  expect(db.countSessions(signedIn.id)).toBe(0);

  await page.goto(outsideNext);
  await submit(page, signedIn.email, signedIn.password);
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("navbar-user-name")).toHaveText(signedIn.name);
});

test("the trap: without nextCookies() Better Auth stores a session, but the browser gets no cookie", async ({
  page,
  account,
  db,
}) => {
  await page.goto("/examples/sign-in-actions/trap");
  const sessionsBefore = db.countSessions(account.id);

  await submit(page, account.email, account.password);
  await expect(page.getByTestId("sign-in-result")).toContainText(
    `signed in as ${account.name}`,
  );
  expect(db.countSessions(account.id)).toBe(sessionsBefore + 1);
  expect(await sessionCookie(page)).toBeUndefined();

  await page.reload();
  await expect(page.getByTestId("who")).toHaveText("You are signed out.");
  await expect(page.getByTestId("navbar-user-name")).toHaveCount(0);
});

test("the action limits password guesses itself: the fourth try in 10 s is refused, even with the right password", async ({
  page,
  account,
}) => {
  await page.goto("/sign-in-actions");
  // The live frame loads lazily: bring it into view first.
  const frame = await liveExample(page, "Live sign-in Server Action example");
  for (let attempt = 1; attempt <= 3; attempt++) {
    await submit(page, account.email, `wrong guess ${attempt}`, frame);
    await expect(frame.getByTestId("sign-in-result")).toHaveText(
      /don't match an account/,
    );
  }
  await submit(page, account.email, account.password, frame);
  await expect(frame.getByTestId("sign-in-result")).toHaveText(
    "Too many attempts. Wait a few seconds, then try again.",
  );
  expect(await sessionCookie(page)).toBeUndefined();
});
