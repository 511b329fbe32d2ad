import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { expectStreamedRedirect } from "./support/redirects";

test.describe("sign-up, sign-in and sign-out through the forms", () => {
  test("a new reader signs up, sees their name in the navbar and signs out", async ({
    page,
    db,
  }) => {
    const email = `new-${randomUUID()}@example.com`;
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Grace Hopper");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL("/");
    await expect(page.getByTestId("navbar-user-name")).toHaveText(
      "Grace Hopper",
    );
    expect(db.userByEmail(email)?.name).toBe("Grace Hopper");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(
      page.getByTestId("navbar-account").getByRole("link", { name: "Sign in" }),
    ).toBeVisible();
    await expect(page.getByTestId("navbar-user-name")).toHaveCount(0);
  });

  test("a wrong password gets a message; the right one signs in and survives a reload", async ({
    page,
    account,
  }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("form").getByRole("alert")).toHaveText(
      /don't match an account/,
    );
    await expect(page).toHaveURL("/login");

    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/");
    await expect(page.getByTestId("navbar-user-name")).toHaveText(account.name);

    await page.reload();
    await expect(page.getByTestId("navbar-user-name")).toHaveText(account.name);
  });

  test("sign-in returns the reader to the page in ?next=", async ({
    page,
    account,
  }) => {
    await page.goto(
      `/login?next=${encodeURIComponent("/?from=login#where-to-start")}`,
    );
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/?from=login#where-to-start");
  });

  test("an outside ?next= typed into the form lands on the site's home", async ({
    page,
    account,
  }) => {
    await page.goto(
      `/login?next=${encodeURIComponent("https://evil.example/phish")}`,
    );
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/");
  });
});

test.describe("no open redirect through /login?next=", () => {
  // A signed-in reader who opens /login is redirected on the server straight
  // to ?next=. These are the values as they would appear in a link.
  const outside = [
    "//evil.example",
    "https://evil.example",
    "https%3A%2F%2Fevil.example",
    "%2F%2Fevil.example",
    "%252F%252Fevil.example",
    "/%5Cevil.example",
    "%2F%5Cevil.example",
    "/%5C/evil.example",
    "/%09/evil.example",
    "https:evil.example",
    "javascript:alert(1)",
  ];
  test("every shape of an outside next= lands on the site", async ({
    page,
    signedIn,
  }) => {
    void signedIn;
    for (const next of outside) {
      await expectStreamedRedirect(
        await page
          .context()
          .request.get(`/login?next=${next}`, { maxRedirects: 0 }),
        "/",
      );
    }
  });
});

test.describe("form errors say what to do and write nothing", () => {
  test("sign-up: empty fields, malformed email, short password", async ({
    page,
    db,
  }) => {
    await page.goto("/signup");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(
      page.getByText("Enter a name: it can't be empty or only spaces."),
    ).toBeVisible();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByText("Enter a password.")).toBeVisible();

    await page.getByLabel("Name").fill("   ");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(
      page.getByText("Enter a name: it can't be empty or only spaces."),
    ).toBeVisible();
    await expect(
      page.getByText("Enter an email address like name@example.com."),
    ).toBeVisible();
    await expect(
      page.getByText("Use at least 8 characters for your password."),
    ).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    expect(db.userByEmail("not-an-email")).toBeUndefined();
  });

  test("sign-up with an email that is taken says so", async ({
    page,
    account,
    db,
  }) => {
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill("another long password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("form").getByRole("alert")).toHaveText(
      /already exists.*Sign in instead/,
    );
    expect(db.userByEmail(account.email)?.name).toBe(account.name);
  });

  test("sign-in: empty fields and a malformed email", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await page.getByLabel("Email").fill("nobody@");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page.getByText("Enter an email address like name@example.com."),
    ).toBeVisible();
  });

  test("the API refuses a blank name too, and writes nothing", async ({
    request,
    db,
    baseURL,
  }) => {
    const email = `blank-${randomUUID()}@example.com`;
    const response = await request.post("/api/auth/sign-up/email", {
      data: { name: "   ", email, password: "a long enough password" },
      headers: { origin: baseURL! },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).message).toBe(
      "Enter a name: it can't be empty or only spaces.",
    );
    expect(db.userByEmail(email)).toBeUndefined();
  });
});

test("the forms can be used with the keyboard alone, in order", async ({
  page,
}) => {
  await page.goto("/signup");
  await page.getByLabel("Name").focus();
  await expect(page.getByLabel("Name")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("button", { name: "Create account" }),
  ).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Enter your email address.")).toBeVisible();
});
