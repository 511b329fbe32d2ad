// The cookie cache lesson's live example: a second Better Auth instance with
// the cache on (examples/cookie-cache), against the run's one server, whose
// own lib/auth.ts keeps the cache off.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, readerTest, test } from "./fixtures";
import { liveExample } from "./support/live-preview";

const PAGE = "/examples/cookie-cache";

/** The user name inside the browser's session_data cookie, decoded as Better Auth's "compact" strategy writes it. */
async function nameInCookie(page: Page): Promise<string | undefined> {
  const cookie = (await page.context().cookies()).find((c) =>
    c.name.endsWith("better-auth.session_data"),
  );
  if (!cookie?.value) return undefined;
  return JSON.parse(Buffer.from(cookie.value, "base64url").toString()).session
    .user.name;
}

const shown = (page: Page, line: "cached-name" | "database-name") =>
  page.getByTestId(line).locator("strong");

async function rename(
  page: Page,
  form: "prisma.user.update" | "auth.api.updateUser",
  name: string,
) {
  const label = `Rename with ${form}`;
  const scope = page.getByRole("form", { name: label });
  await scope.getByLabel("New name").fill(name);
  await scope.getByRole("button", { name: label }).click();
}

test("prisma.user.update leaves the cached name stale while the database read has the new one; updateUser updates both", async ({
  page,
  signedIn,
  db,
}) => {
  await page.goto(PAGE);
  // Signed up through lib/auth.ts (cache off): no copy yet, so both reads agree.
  await expect(page.getByTestId("cache-status")).toContainText("holds no copy");
  await expect(shown(page, "cached-name")).toHaveText(signedIn.name);

  await page
    .getByRole("button", { name: "Copy the session into the cookie" })
    .click();
  await expect(page.getByTestId("cache-status")).toContainText(
    "holds a copy made at",
  );
  expect(await nameInCookie(page)).toBe(signedIn.name);

  await rename(page, "prisma.user.update", "Written by Prisma");
  await expect(shown(page, "database-name")).toHaveText("Written by Prisma");
  expect(db.userById(signedIn.id)?.name).toBe("Written by Prisma");
  // A new request still gets the copy, and the copy still has the old name.
  await page.reload();
  await expect(shown(page, "cached-name")).toHaveText(signedIn.name);
  await expect(shown(page, "database-name")).toHaveText("Written by Prisma");
  await expect(page.getByTestId("navbar-user-name")).toHaveText(
    "Written by Prisma",
  );
  expect(await nameInCookie(page)).toBe(signedIn.name);

  // Refused input changes nothing in the database.
  await rename(page, "auth.api.updateUser", "   ");
  await expect(page.getByTestId("rename-update-user-result")).toHaveText(
    "Enter a name: it can't be empty or only spaces.",
  );
  expect(db.userById(signedIn.id)?.name).toBe("Written by Prisma");

  await rename(page, "auth.api.updateUser", "Written by updateUser");
  await expect(shown(page, "cached-name")).toHaveText("Written by updateUser");
  await expect(shown(page, "database-name")).toHaveText(
    "Written by updateUser",
  );
  expect(await nameInCookie(page)).toBe("Written by updateUser");
  expect(db.userById(signedIn.id)?.name).toBe("Written by updateUser");
});

test("a revoked session keeps passing on its copy, but the actions check the database: refused, nothing written, then signed out", async ({
  page,
  signedIn,
  db,
}) => {
  await page.goto(PAGE);
  await page
    .getByRole("button", { name: "Copy the session into the cookie" })
    .click();
  await expect(page.getByTestId("cache-status")).toContainText(
    "holds a copy made at",
  );

  // As if the session had been revoked elsewhere: its row no longer lets anyone in.
  db.expireSessions(signedIn.id);
  await page.reload();
  await expect(shown(page, "cached-name")).toHaveText(signedIn.name);
  await expect(shown(page, "database-name")).toHaveText("no session");
  await expect(page.getByTestId("revoked")).toBeVisible();

  await rename(page, "auth.api.updateUser", "Written after revocation");
  await expect(page.getByTestId("rename-update-user-result")).toHaveText(
    /You are signed out, so nothing was changed/,
  );
  expect(db.userById(signedIn.id)?.name).toBe(signedIn.name);

  // That database read also expired both cookies: the next visit is sent to sign in.
  await page.goto(PAGE);
  await expect(page).toHaveURL(
    /\/login\?next=(%2F|\/)examples(%2F|\/)cookie-cache$/,
  );
  expect(await nameInCookie(page)).toBeUndefined();
});

readerTest(
  "the lesson shows the live example, the measured revocation delay and the signed-out redirect",
  async ({ page, reader }) => {
    await page.goto("/cookie-cache");
    // The live frame loads lazily: bring it into view first.
    const frame = await liveExample(page, "Live cookie cache example");
    await expect(
      frame.getByTestId("database-name").locator("strong"),
    ).toHaveText(reader.name);
    await expect(
      frame.getByRole("button", { name: "Rename with auth.api.updateUser" }),
    ).toBeVisible();

    const { cookieCache } = JSON.parse(
      readFileSync("bench/results.json", "utf8"),
    );
    await expect(page.getByTestId("bench-cookie-cache")).toContainText(
      `${cookieCache.revokedSessionPassedForSeconds} s`,
    );

    await page
      .getByRole("button", { name: "Request it as a signed-out visitor" })
      .click();
    await expect(page.getByTestId("signed-out-status")).toHaveText(/^200/);
    await expect(page.getByTestId("signed-out-details")).toContainText(
      "NEXT_REDIRECT;replace;/login?next=/examples/cookie-cache;307;",
    );
  },
);
