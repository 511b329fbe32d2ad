// Lesson 14: two-factor sign-in on the guide's own accounts. The key is read
// off the page, as a reader's authenticator app would get it, and the codes
// are computed from it (support/totp.ts).
import type { Page } from "@playwright/test";
import { expect, test, type Account, type TestDatabase } from "./fixtures";
import { SESSION_COOKIE } from "./support/cookies";
import { expectStreamedRedirect } from "./support/redirects";
import { totpCode, wrongTotpCode } from "./support/totp";

const PAGE = "/examples/two-factor";

test("enrolling: a wrong first code leaves two-factor off, the right one turns it on and keeps the reader signed in", async ({
  page,
  signedIn,
  db,
}) => {
  await page.goto(PAGE);
  await expect(page.getByTestId("two-factor-status")).toContainText(
    "Two-factor sign-in is off",
  );

  await page.getByLabel("Your password").fill("not my password");
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByTestId("action-result")).toHaveText(
    "That password is not right.",
  );

  const { secret, backupCodes } = await startEnrolment(page, signedIn);
  expect(backupCodes).toHaveLength(10);
  expect(db.twoFactorEnabled(signedIn.id)).toBe(false);

  await page
    .getByLabel("The 6-digit code your app shows")
    .fill(wrongTotpCode(secret));
  await page
    .getByRole("button", { name: "Turn on two-factor sign-in" })
    .click();
  await expect(page.getByTestId("confirm-result")).toHaveText(
    "That code is not right. Enter the code your app shows now: it changes every 30 seconds.",
  );
  expect(db.twoFactorEnabled(signedIn.id)).toBe(false);

  await page
    .getByLabel("The 6-digit code your app shows")
    .fill(totpCode(secret));
  await page
    .getByRole("button", { name: "Turn on two-factor sign-in" })
    .click();
  await expect(page.getByTestId("two-factor-status")).toContainText(
    "Two-factor sign-in is on",
  );
  expect(db.twoFactorEnabled(signedIn.id)).toBe(true);
  // A new session replaced the old one; the redirect rendered with its cookie.
  expect(db.countSessions(signedIn.id)).toBe(1);
});

test("signing in through lesson 8's Server Action: the password leads to the code step with no session, the code signs in", async ({
  page,
  signedIn,
  db,
}) => {
  const { secret } = await enrol(page, signedIn, db);
  await signOut(page);

  await page.goto("/examples/sign-in-actions?next=/examples/session-lifetime");
  await page.getByLabel("Email").fill(signedIn.email);
  await page.getByLabel("Password").fill(signedIn.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(
    /\/examples\/two-factor\/verify\?next=%2Fexamples%2Fsession-lifetime$/,
  );
  await expect(
    page.getByRole("heading", { name: "Enter your sign-in code" }),
  ).toBeVisible();
  expect(await sessionCookie(page)).toBeUndefined();
  expect(db.countSessions(signedIn.id)).toBe(0);

  await page.getByLabel("6-digit code").fill(wrongTotpCode(secret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("action-result")).toHaveText(
    /^That code is not right/,
  );
  expect(await sessionCookie(page)).toBeUndefined();

  await page.getByLabel("6-digit code").fill(totpCode(secret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/examples\/session-lifetime$/);
  await expect(
    page.getByRole("heading", { name: `Your session, ${signedIn.name}` }),
  ).toBeVisible();
  expect(db.countSessions(signedIn.id)).toBe(1);
});

test("signing in on the site's sign-in page with a backup code: it works once", async ({
  page,
  signedIn,
  db,
}) => {
  const { backupCodes } = await enrol(page, signedIn, db);

  for (const [attempt, expected] of [
    [1, "signed in"],
    [2, "refused"],
  ] as const) {
    await signOut(page);
    await page.goto(`/login?next=${PAGE}`);
    await page.getByLabel("Email").fill(signedIn.email);
    await page.getByLabel("Password").fill(signedIn.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(
      /\/examples\/two-factor\/verify\?next=%2Fexamples%2Ftwo-factor$/,
    );
    await page.getByRole("link", { name: "Use a backup code instead" }).click();
    await page.getByLabel("Backup code").fill(backupCodes[0]);
    await page.getByRole("button", { name: "Sign in" }).click();
    if (expected === "signed in") {
      await expect(
        page.getByTestId("two-factor-status"),
        `attempt ${attempt}`,
      ).toContainText("Two-factor sign-in is on");
    } else {
      await expect(page.getByTestId("action-result")).toHaveText(
        "That backup code is not right, or it was used before. Each works once.",
      );
      expect(await sessionCookie(page)).toBeUndefined();
    }
  }
});

test("signed out: the account page redirects, and the code step without a password step signs no one in", async ({
  page,
  request,
}) => {
  await expectStreamedRedirect(
    await request.get(PAGE, { maxRedirects: 0 }),
    `/login?next=${PAGE}`,
    { meta: false },
  );

  await page.goto(`${PAGE}/verify?next=${PAGE}`);
  await page.getByLabel("6-digit code").fill("123456");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("action-result")).toHaveText(
    "Your sign-in has expired or never started here. Sign in with your password again.",
  );
  expect(await sessionCookie(page)).toBeUndefined();

  await page.getByLabel("6-digit code").fill("12 34");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("action-result")).toHaveText(
    "Enter the code as 6 digits, like 123456.",
  );
});

async function startEnrolment(page: Page, account: Account) {
  await page.getByLabel("Your password").fill(account.password);
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
  expect(secret).toMatch(/^[A-Z2-7]+$/);
  const backupCodes = await page
    .getByTestId("backup-codes")
    .getByRole("listitem")
    .allTextContents();
  return { secret, backupCodes };
}

async function enrol(page: Page, account: Account, db: TestDatabase) {
  await page.goto(PAGE);
  const enrolment = await startEnrolment(page, account);
  await page
    .getByLabel("The 6-digit code your app shows")
    .fill(totpCode(enrolment.secret));
  await page
    .getByRole("button", { name: "Turn on two-factor sign-in" })
    .click();
  await expect(page.getByTestId("two-factor-status")).toContainText(
    "Two-factor sign-in is on",
  );
  expect(db.twoFactorEnabled(account.id)).toBe(true);
  return enrolment;
}

async function signOut(page: Page) {
  await page.goto("/examples/sign-in-actions");
  await page
    .getByRole("main")
    .getByRole("button", { name: "Sign out" })
    .click();
  await expect(page.getByTestId("who")).toHaveText("You are signed out.");
}

async function sessionCookie(page: Page) {
  return (await page.context().cookies()).find(
    (cookie) => cookie.name === SESSION_COOKIE,
  );
}
