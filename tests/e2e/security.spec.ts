// Attacks that must fail. Each test makes the attacker's real request
// against the production build and checks that nothing leaked or was written.
import type { APIRequestContext } from "@playwright/test";
import {
  expect,
  signOut,
  signUp,
  test,
  testClientIp,
  type Account,
  type NewClient,
} from "./fixtures";
import { actionMessage, postNameForm } from "./support/form-post";
import { SIGN_IN_LIMIT } from "../../lib/sign-in-limit";
import { BASE_URL } from "./test-env";
import { streamedRedirectTarget } from "./support/redirects";
import { SESSION_COOKIE, sessionCookieOf } from "./support/cookies";

// Every lesson's protected routes, the handbook chapters' included.
const PROTECTED_PAGES = [
  "/examples/server-component",
  "/examples/cached-helper",
  "/examples/proxy",
  "/examples/data-access-layer",
  "/examples/authorization",
  "/examples/cookie-cache",
];
const PROTECTED_APIS = [
  "/api/user",
  "/api/examples/data-access-layer/sessions",
  "/api/examples/authorization/notes/any-note-id",
];

/** Every protected example refuses this client: no data, no write. */
async function expectRefusedEverywhere(
  client: APIRequestContext,
  victim: Account,
  db: { userById(id: string): { name: string } | undefined },
) {
  for (const path of PROTECTED_PAGES) {
    // A real 307 from the proxy (its example only), or the page's own redirect, streamed.
    const response = await client.get(path, { maxRedirects: 0 });
    const target =
      response.status() === 307
        ? response.headers().location
        : streamedRedirectTarget(await response.text());
    expect(target, path).toBeTruthy();
    const location = new URL(target!, BASE_URL);
    expect(
      [location.pathname, location.searchParams.get("next")],
      path,
    ).toEqual(["/login", path]);
  }
  for (const path of PROTECTED_APIS) {
    const api = await client.get(path);
    expect(api.status(), path).toBe(401);
    expect(await api.json(), path).toEqual({ error: "Unauthorized" });
  }

  const { html } = await postNameForm(
    client,
    { name: "Mallory" },
    { origin: BASE_URL },
  );
  expect(actionMessage(html)).toBe(
    "You are signed out, so nothing was changed. Sign in and try again.",
  );
  expect(db.userById(victim.id)?.name).toBe(victim.name);
}

/** A client with no session, or with only this session cookie. */
function clientWithCookie(newClient: NewClient, cookie?: string) {
  return newClient(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {});
}

test.describe("protected examples refuse", () => {
  test("a request without a cookie", async ({ newClient, account, db }) => {
    await expectRefusedEverywhere(
      await clientWithCookie(newClient),
      account,
      db,
    );
  });

  test("a cookie whose signature was altered", async ({
    newClient,
    page,
    signedIn,
    db,
  }) => {
    const cookie = decodeURIComponent(
      await sessionCookieOf(page.context().request),
    );
    const [token, signature] = cookie.split(".");
    const flipped =
      signature[0] === "A"
        ? `B${signature.slice(1)}`
        : `A${signature.slice(1)}`;
    await expectRefusedEverywhere(
      await clientWithCookie(
        newClient,
        encodeURIComponent(`${token}.${flipped}`),
      ),
      signedIn,
      db,
    );
    // The same token with its real signature still works: the signature alone was refused.
    expect(
      (
        await (
          await clientWithCookie(newClient, encodeURIComponent(cookie))
        ).get("/api/user")
      ).status(),
    ).toBe(200);
  });

  test("a made-up cookie", async ({ newClient, account, db }) => {
    await expectRefusedEverywhere(
      await clientWithCookie(newClient, "made-up.value"),
      account,
      db,
    );
  });

  test("a session that expired in the database", async ({
    newClient,
    page,
    signedIn,
    db,
  }) => {
    const cookie = await sessionCookieOf(page.context().request);
    db.expireSessions(signedIn.id);
    await expectRefusedEverywhere(
      await clientWithCookie(newClient, cookie),
      signedIn,
      db,
    );
  });

  test("a session revoked by signing out elsewhere", async ({
    newClient,
    page,
    signedIn,
    db,
  }) => {
    const cookie = await sessionCookieOf(page.context().request);
    const elsewhere = await clientWithCookie(newClient, cookie);
    await signOut(elsewhere);
    await expectRefusedEverywhere(
      await clientWithCookie(newClient, cookie),
      signedIn,
      db,
    );
  });

  test("a request carrying x-middleware-subrequest (CVE-2025-29927)", async ({
    playwright,
    account,
    db,
  }) => {
    for (const value of [
      "middleware",
      "middleware:middleware:middleware:middleware:middleware",
      "proxy:proxy:proxy:proxy:proxy",
      "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
    ]) {
      const client = await playwright.request.newContext({
        baseURL: BASE_URL,
        extraHTTPHeaders: {
          "x-middleware-subrequest": value,
          "x-forwarded-for": testClientIp(),
        },
      });
      await expectRefusedEverywhere(client, account, db);
    }
  });
});

test.describe("cross-origin requests are refused and write nothing", () => {
  test("a POST to the Server Action from another site", async ({
    page,
    signedIn,
    db,
  }) => {
    const { status, html } = await postNameForm(
      page.context().request,
      { name: "Cross-site" },
      { origin: "https://evil.example" },
    );
    expect(status).toBeGreaterThanOrEqual(400);
    expect(actionMessage(html)).toBeUndefined();
    expect(db.userById(signedIn.id)?.name).toBe(signedIn.name);
  });

  test("sign-up and sign-in from another site", async ({
    request,
    account,
    db,
  }) => {
    const email = `cross-${Date.now()}@example.com`;
    const signUpResponse = await request.post("/api/auth/sign-up/email", {
      data: { name: "Cross", email, password: "a long enough password" },
      headers: { origin: "https://evil.example" },
    });
    expect(signUpResponse.status()).toBe(403);
    expect(db.userByEmail(email)).toBeUndefined();

    const signInResponse = await request.post("/api/auth/sign-in/email", {
      data: { email: account.email, password: account.password },
      headers: { origin: "https://evil.example" },
    });
    expect(signInResponse.status()).toBe(403);
    expect(signInResponse.headers()["set-cookie"] ?? "").not.toContain(
      SESSION_COOKIE,
    );
  });
});

test.describe("rate limiting of wrong passwords", () => {
  test("repeated wrong passwords get 429 and a clear message in the form", async ({
    page,
    account,
  }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill("wrong password");
    const form = page.getByRole("form");
    for (let attempt = 0; attempt < 3; attempt++) {
      await form.getByRole("button", { name: "Sign in" }).click();
      await expect(form.getByRole("alert")).toHaveText(
        /don't match an account/,
      );
    }
    const limited = page.waitForResponse((response) =>
      response.url().endsWith("/api/auth/sign-in/email"),
    );
    await form.getByRole("button", { name: "Sign in" }).click();
    expect((await limited).status()).toBe(429);
    await expect(form.getByRole("alert")).toHaveText(
      "Too many attempts. Wait a minute, then try again.",
    );
  });

  test("the limit does not lock the account, or another reader, out", async ({
    newClient,
    account,
  }) => {
    const attacker = await clientWithCookie(newClient);
    const statuses = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await attacker.post("/api/auth/sign-in/email", {
        data: { email: account.email, password: "guess" },
        headers: { origin: BASE_URL },
      });
      statuses.push(response.status());
    }
    expect(statuses).toContain(429);

    // The account's owner, from their own connection, still signs in.
    const owner = await clientWithCookie(newClient);
    const ownerSignIn = await owner.post("/api/auth/sign-in/email", {
      data: { email: account.email, password: account.password },
      headers: { origin: BASE_URL },
    });
    expect(ownerSignIn.status()).toBe(200);

    // And so does a different reader.
    const other = await signUp(await clientWithCookie(newClient), {
      name: "Other reader",
    });
    const otherSignIn = await (
      await clientWithCookie(newClient)
    ).post("/api/auth/sign-in/email", {
      data: { email: other.email, password: other.password },
      headers: { origin: BASE_URL },
    });
    expect(otherSignIn.status()).toBe(200);
  });

  test("guesses from a new address each time are limited per account, and the owner's own address still signs in", async ({
    playwright,
  }) => {
    const ownerAddress = testClientIp();
    const ownerContext = await playwright.request.newContext({
      baseURL: BASE_URL,
      extraHTTPHeaders: { "x-forwarded-for": ownerAddress },
    });
    const owner = await signUp(ownerContext, { name: "Guessed reader" });
    const attacker = await playwright.request.newContext({ baseURL: BASE_URL });
    const signIn = (password: string, address: string) =>
      attacker
        .post("/api/auth/sign-in/email", {
          data: { email: owner.email, password },
          headers: { origin: BASE_URL, "x-forwarded-for": address },
        })
        .then((response) => response.status());

    const statuses = [];
    for (let guess = 0; guess < 12; guess++) {
      statuses.push(await signIn(`guess ${guess}`, testClientIp()));
    }
    expect(statuses).toEqual([
      ...Array(SIGN_IN_LIMIT.failures).fill(401),
      ...Array(12 - SIGN_IN_LIMIT.failures).fill(429),
    ]);
    // Past the limit even the right password is refused from a new address: a guess's answer tells nothing.
    expect(await signIn(owner.password, testClientIp())).toBe(429);
    // The owner, from the address they signed up from, signs in.
    expect(await signIn(owner.password, ownerAddress)).toBe(200);
    await Promise.all([ownerContext.dispose(), attacker.dispose()]);
  });

  test("guesses racing at once still get no more than the limit, and each address is counted in the database", async ({
    playwright,
    account,
    db,
  }) => {
    const attacker = await playwright.request.newContext({ baseURL: BASE_URL });
    const addresses = Array.from({ length: 12 }, () => testClientIp());
    const statuses = await Promise.all(
      addresses.map((address) =>
        attacker
          .post("/api/auth/sign-in/email", {
            data: { email: account.email, password: "a racing guess" },
            headers: { origin: BASE_URL, "x-forwarded-for": address },
          })
          .then((response) => response.status()),
      ),
    );
    // Which of them pass depends on the interleaving; that no more than the limit do, does not.
    const checked = statuses.filter((status) => status === 401).length;
    expect(checked).toBeLessThanOrEqual(SIGN_IN_LIMIT.failures);
    expect(statuses.filter((status) => status === 429)).toHaveLength(
      12 - checked,
    );
    // Better Auth's own per-address count is a database row (rateLimit.storage: "database"), one try each.
    expect(
      addresses.map((address) => db.rateLimitCount(address, "/sign-in/email")),
    ).toEqual(addresses.map(() => 1));
    await attacker.dispose();
  });

  test("the owner's own address has five failures a minute of its own, and a sign-in that works forgives them", async ({
    playwright,
    db,
  }) => {
    const ownerAddress = testClientIp();
    const client = await playwright.request.newContext({
      baseURL: BASE_URL,
      extraHTTPHeaders: { "x-forwarded-for": ownerAddress },
    });
    const owner = await signUp(client, { name: "Forgetful reader" });
    const signIn = async (password: string) => {
      // Only the per-account limit is under test: Better Auth's 3 tries per 10 s per address would answer first.
      db.endAddressRateLimit(ownerAddress);
      const response = await client.post("/api/auth/sign-in/email", {
        data: { email: owner.email, password },
        headers: { origin: BASE_URL },
      });
      return response.status() === 429
        ? `429 ${(await response.json()).code}`
        : String(response.status());
    };
    const wrong = () => signIn("a forgotten password");

    const beforeForgiving = [
      await wrong(),
      await wrong(),
      await wrong(),
      await wrong(),
    ];
    expect(beforeForgiving).toEqual(["401", "401", "401", "401"]);
    expect(await signIn(owner.password)).toBe("200");
    const afterForgiving = [];
    for (let attempt = 0; attempt <= SIGN_IN_LIMIT.failures; attempt++) {
      afterForgiving.push(await wrong());
    }
    expect(afterForgiving).toEqual([
      ...Array(SIGN_IN_LIMIT.failures).fill("401"),
      "429 TOO_MANY_FAILED_SIGN_INS",
    ]);
    await client.dispose();
  });
});

test("a display name made of HTML and script is shown as text everywhere", async ({
  page,
  signedIn,
  db,
}) => {
  const name = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>`;
  const { html } = await postNameForm(
    page.context().request,
    { name },
    { origin: BASE_URL },
  );
  expect(actionMessage(html)).toContain("Saved.");
  expect(db.userById(signedIn.id)?.name).toBe(name);

  for (const path of [
    "/",
    "/examples/server-component",
    "/examples/cached-helper",
    "/examples/server-action",
    "/server-component",
  ]) {
    await page.goto(path);
    await expect(page.getByTestId("navbar-user-name")).toHaveText(name);
    expect(
      await page.evaluate(() => (window as { __xss?: number }).__xss),
      path,
    ).toBeUndefined();
    expect(await page.locator("img[src=x]").count(), path).toBe(0);
  }
  const api = await page.context().request.get("/api/user");
  expect((await api.json()).user.name).toBe(name);
  expect(api.headers()["content-type"]).toContain("application/json");
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ request }) => {
  const response = await request.post("/api/auth/sign-up/email", {
    data: {
      name: "Cookie check",
      email: `cookie-${Date.now()}@example.com`,
      password: "a long enough password",
    },
    headers: { origin: BASE_URL },
  });
  const cookie = response
    .headers()
    ["set-cookie"].split("\n")
    .find((line) => line.startsWith(`${SESSION_COOKIE}=`))!;
  expect(cookie).toMatch(/;\s*HttpOnly/i);
  expect(cookie).toMatch(/;\s*SameSite=Lax/i);
  expect(cookie).toMatch(/;\s*Path=\//);
});

test.describe("malformed requests get a 4xx with a clear body, never a 500", () => {
  const cases: [string, string, string][] = [
    ["/api/auth/sign-in/email", "application/json", "{not json"],
    ["/api/auth/sign-up/email", "application/json", "{not json"],
    ["/api/auth/sign-in/email", "text/plain", "email=a@b.c&password=x"],
    [
      "/api/auth/sign-up/email",
      "application/x-www-form-urlencoded",
      "name=a&email=a@b.c&password=longenough",
    ],
    ["/api/auth/sign-in/email", "application/json", "[]"],
    [
      "/api/auth/sign-in/email",
      "application/json",
      '{"email": 42, "password": null}',
    ],
  ];
  for (const [path, contentType, body] of cases) {
    test(`${path} with ${contentType}: ${body}`, async ({ request }) => {
      const response = await request.post(path, {
        data: body,
        headers: { "content-type": contentType, origin: BASE_URL },
      });
      expect(response.status()).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
      expect((await response.text()).length).toBeGreaterThan(0);
    });
  }

  test("/api/user with a body and odd content types", async ({ request }) => {
    for (const contentType of [
      "application/json",
      "text/plain",
      "multipart/form-data; boundary=x",
    ]) {
      const response = await request.post("/api/user", {
        data: "{not json",
        headers: { "content-type": contentType, origin: BASE_URL },
      });
      expect(response.status()).toBe(405);
    }
  });
});
