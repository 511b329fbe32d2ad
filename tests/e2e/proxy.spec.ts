// proxy.ts checks only that a session cookie is there; the page behind it
// checks the session. The proxy's redirect carries from=proxy and the page's
// does not, so each test can tell which of the two answered.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, readerTest, test, testClientIp } from "./fixtures";
import { BASE_URL } from "./test-env";
import { expectStreamedRedirect } from "./support/redirects";

const SESSION_COOKIE = "better-auth.session_token";

/**
 * Who refused: the proxy, with a real 307 before the page runs (and
 * from=proxy), or the page's own check, whose redirect is streamed in a 200.
 */
async function redirectedBy(response: APIResponse): Promise<"proxy" | "page"> {
  if (response.status() === 307) {
    const location = new URL(response.headers().location, BASE_URL);
    expect([location.pathname, location.searchParams.get("next"), location.searchParams.get("from")]).toEqual(["/login", "/examples/proxy", "proxy"]);
    return "proxy";
  }
  await expectStreamedRedirect(response, "/login?next=/examples/proxy");
  return "page";
}

async function client(playwright: { request: { newContext: Function } }, headers: Record<string, string> = {}): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": testClientIp(), ...headers } });
}

async function sessionCookieOf(request: APIRequestContext): Promise<string> {
  return (await request.storageState()).cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
}

readerTest("signed in, both checks pass and the page greets the reader", async ({ page, reader }) => {
  await page.goto("/examples/proxy");
  await expect(page.getByRole("heading", { name: `Hello, ${reader.name}` })).toBeVisible();
  await expect(page.getByTestId("page-check")).toContainText(reader.email);
});

test("without a cookie the proxy redirects, before the page runs, and sign-in brings the reader back", async ({ page, request, account }) => {
  expect(await redirectedBy(await request.get("/examples/proxy", { maxRedirects: 0 }))).toBe("proxy");

  await page.goto("/examples/proxy");
  await expect(page).toHaveURL(/\/login\?.*from=proxy/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/examples/proxy");
  await expect(page.getByRole("heading", { name: `Hello, ${account.name}` })).toBeVisible();
});

test("a made-up session cookie passes the proxy and is refused by the page", async ({ playwright }) => {
  const forger = await client(playwright, { cookie: `${SESSION_COOKIE}=made-up.value` });
  expect(await redirectedBy(await forger.get("/examples/proxy", { maxRedirects: 0 }))).toBe("page");
});

test("a revoked or expired session passes the proxy and is refused by the page", async ({ playwright, page, signedIn, db }) => {
  const cookie = await sessionCookieOf(page.context().request);
  const holder = await client(playwright, { cookie: `${SESSION_COOKIE}=${cookie}` });
  const served = await holder.get("/examples/proxy", { maxRedirects: 0 });
  expect(served.status()).toBe(200);
  expect(await served.text()).toContain("Hello, ");

  db.expireSessions(signedIn.id);
  expect(await redirectedBy(await holder.get("/examples/proxy", { maxRedirects: 0 }))).toBe("page");

  // Signed out elsewhere: the browser still holds the cookie, the session row is gone.
  const fresh = await client(playwright);
  expect((await fresh.post("/api/auth/sign-in/email", { data: { email: signedIn.email, password: signedIn.password }, headers: { origin: BASE_URL } })).status()).toBe(200);
  const revokedCookie = await sessionCookieOf(fresh);
  expect((await fresh.post("/api/auth/sign-out", { data: {}, headers: { origin: BASE_URL } })).status()).toBe(200);
  const stale = await client(playwright, { cookie: `${SESSION_COOKIE}=${revokedCookie}` });
  expect(await redirectedBy(await stale.get("/examples/proxy", { maxRedirects: 0 }))).toBe("page");
});

test("x-middleware-subrequest (CVE-2025-29927) does not skip the proxy, and the page would refuse anyway", async ({ playwright }) => {
  for (const value of ["proxy:proxy:proxy:proxy:proxy", "middleware:middleware:middleware:middleware:middleware"]) {
    const attacker = await client(playwright, { "x-middleware-subrequest": value });
    expect(await redirectedBy(await attacker.get("/examples/proxy", { maxRedirects: 0 })), value).toBe("proxy");
  }
});

test("the proxy runs on its example only: other routes answer for themselves", async ({ request }) => {
  // Its own check, streamed in a 200: no proxy ran before it.
  await expectStreamedRedirect(await request.get("/examples/server-component", { maxRedirects: 0 }), "/login?next=/examples/server-component");

  const api = await request.get("/api/user", { maxRedirects: 0 });
  expect(api.status()).toBe(401);

  for (const path of ["/", "/proxy", "/login"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});

readerTest("the docs page runs the example live and shows which check refused each visitor", async ({ page, reader }) => {
  await page.goto("/proxy");
  const frame = page.frameLocator('iframe[title="Live proxy.ts example"]');
  await expect(frame.getByRole("heading", { name: `Hello, ${reader.name}` })).toBeVisible();

  const panels = page.getByRole("region", { name: "What a signed-out visitor gets" });
  await expect(panels).toHaveCount(2);

  await panels.nth(0).getByRole("button", { name: "Request it as a signed-out visitor" }).click();
  await expect(panels.nth(0).getByTestId("signed-out-status")).toHaveText(/^307/);
  await expect(panels.nth(0).getByTestId("signed-out-details")).toContainText("from=proxy");

  await panels.nth(1).getByRole("button", { name: "Request it as a signed-out visitor" }).click();
  await expect(panels.nth(1).getByTestId("signed-out-status")).toHaveText(/^200/);
  await expect(panels.nth(1).getByTestId("signed-out-details")).toContainText("NEXT_REDIRECT;replace;/login?next=/examples/proxy;307;");
  await expect(panels.nth(1).getByTestId("signed-out-details")).not.toContainText("from=proxy");
});
