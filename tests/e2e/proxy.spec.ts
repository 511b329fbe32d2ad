// The lesson's two proxies. The cookie check (/examples/proxy) only looks for
// a session cookie and leaves the real check to the page; the full check
// (/examples/proxy/full-check) asks Better Auth itself. The proxy answers
// before the page with a real 307; the page's own redirect is streamed in a
// 200, so each test can tell which of the two refused.
import type { APIResponse } from "@playwright/test";
import { expect, readerTest, signIn, signOut, test } from "./fixtures";
import { BASE_URL } from "./test-env";
import {
  SESSION_COOKIE,
  sessionCookieOf,
  sessionCookieSet,
} from "./support/cookies";
import { expectStreamedRedirect } from "./support/redirects";
import { liveExample } from "./support/live-preview";

const COOKIE_CHECK = "/examples/proxy";
const FULL_CHECK = "/examples/proxy/full-check";

/** Who refused: the proxy, with a real 307 before the page runs, or the page's own check, streamed in a 200. */
async function redirectedBy(
  response: APIResponse,
  path = COOKIE_CHECK,
): Promise<"proxy" | "page"> {
  if (response.status() === 307) {
    const location = new URL(response.headers().location, BASE_URL);
    expect([location.pathname, location.searchParams.get("next")]).toEqual([
      "/login",
      path,
    ]);
    return "proxy";
  }
  await expectStreamedRedirect(response, `/login?next=${path}`);
  return "page";
}

readerTest(
  "signed in, both checks pass and the page greets the reader",
  async ({ page, reader }) => {
    await page.goto("/examples/proxy");
    await expect(
      page.getByRole("heading", { name: `Hello, ${reader.name}` }),
    ).toBeVisible();
    await expect(page.getByTestId("page-check")).toContainText(reader.email);
  },
);

test("without a cookie the proxy redirects, before the page runs, and sign-in brings the reader back", async ({
  page,
  request,
  account,
}) => {
  expect(
    await redirectedBy(
      await request.get("/examples/proxy", { maxRedirects: 0 }),
    ),
  ).toBe("proxy");

  await page.goto("/examples/proxy");
  await expect(page).toHaveURL("/login?next=%2Fexamples%2Fproxy");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/examples/proxy");
  await expect(
    page.getByRole("heading", { name: `Hello, ${account.name}` }),
  ).toBeVisible();
});

test("a made-up session cookie passes the proxy and is refused by the page", async ({
  newClient,
}) => {
  const forger = await newClient({
    cookie: `${SESSION_COOKIE}=made-up.value`,
  });
  expect(
    await redirectedBy(
      await forger.get("/examples/proxy", { maxRedirects: 0 }),
    ),
  ).toBe("page");
});

test("a revoked or expired session passes the proxy and is refused by the page", async ({
  newClient,
  page,
  signedIn,
  db,
}) => {
  const cookie = await sessionCookieOf(page.context().request);
  const holder = await newClient({
    cookie: `${SESSION_COOKIE}=${cookie}`,
  });
  const served = await holder.get("/examples/proxy", { maxRedirects: 0 });
  expect(served.status()).toBe(200);
  expect(await served.text()).toContain("Hello, ");

  db.expireSessions(signedIn.id);
  expect(
    await redirectedBy(
      await holder.get("/examples/proxy", { maxRedirects: 0 }),
    ),
  ).toBe("page");

  // Signed out elsewhere: the browser still holds the cookie, the session row is gone.
  const fresh = await newClient();
  await signIn(fresh, signedIn);
  const revokedCookie = await sessionCookieOf(fresh);
  await signOut(fresh);
  const stale = await newClient({
    cookie: `${SESSION_COOKIE}=${revokedCookie}`,
  });
  expect(
    await redirectedBy(await stale.get("/examples/proxy", { maxRedirects: 0 })),
  ).toBe("page");
});

readerTest(
  "signed in, the full check passes too and the page still checks for itself",
  async ({ page, reader }) => {
    await page.goto(FULL_CHECK);
    await expect(
      page.getByRole("heading", { name: `Hello, ${reader.name}` }),
    ).toBeVisible();
    await expect(page.getByTestId("page-check")).toContainText(reader.email);
  },
);

test("the full check refuses, before the page runs, every cookie the cookie check lets through", async ({
  newClient,
  page,
  signedIn,
  db,
}) => {
  const nobody = await newClient();
  expect(
    await redirectedBy(
      await nobody.get(FULL_CHECK, { maxRedirects: 0 }),
      FULL_CHECK,
    ),
  ).toBe("proxy");

  const forger = await newClient({
    cookie: `${SESSION_COOKIE}=made-up.value`,
  });
  expect(
    await redirectedBy(
      await forger.get(FULL_CHECK, { maxRedirects: 0 }),
      FULL_CHECK,
    ),
  ).toBe("proxy");

  const holder = await newClient({
    cookie: `${SESSION_COOKIE}=${await sessionCookieOf(page.context().request)}`,
  });
  expect((await holder.get(FULL_CHECK, { maxRedirects: 0 })).status()).toBe(
    200,
  );
  db.expireSessions(signedIn.id);
  expect(
    await redirectedBy(
      await holder.get(FULL_CHECK, { maxRedirects: 0 }),
      FULL_CHECK,
    ),
  ).toBe("proxy");
  // The same expired cookie, on the cookie check: the proxy lets it through and the page refuses it.
  expect(
    await redirectedBy(await holder.get(COOKIE_CHECK, { maxRedirects: 0 })),
  ).toBe("page");
});

test("the full check refreshes an old session's cookie, which a page cannot", async ({
  newClient,
  page,
  signedIn,
  db,
}) => {
  const holder = await newClient({
    cookie: `${SESSION_COOKIE}=${await sessionCookieOf(page.context().request)}`,
  });

  db.ageSessions(signedIn.id, 24 * 3600 + 60);
  const byPage = await holder.get(COOKIE_CHECK, { maxRedirects: 0 });
  expect(byPage.status()).toBe(200);
  expect(sessionCookieSet(byPage)).toBeUndefined();

  db.ageSessions(signedIn.id, 24 * 3600 + 60);
  const byProxy = await holder.get(FULL_CHECK, { maxRedirects: 0 });
  expect(byProxy.status()).toBe(200);
  // A fresh lifetime of 7 days for the browser's cookie, set by the proxy.
  expect(sessionCookieSet(byProxy)).toMatch(/Max-Age=604800/i);
});

test("x-middleware-subrequest (CVE-2025-29927) does not skip the proxy, and the page would refuse anyway", async ({
  newClient,
}) => {
  for (const value of [
    "proxy:proxy:proxy:proxy:proxy",
    "middleware:middleware:middleware:middleware:middleware",
  ]) {
    const attacker = await newClient({
      "x-middleware-subrequest": value,
    });
    expect(
      await redirectedBy(
        await attacker.get("/examples/proxy", { maxRedirects: 0 }),
      ),
      value,
    ).toBe("proxy");
  }
});

test("the proxy runs on its example only: other routes answer for themselves", async ({
  request,
}) => {
  // Its own check, streamed in a 200: no proxy ran before it.
  await expectStreamedRedirect(
    await request.get("/examples/server-component", { maxRedirects: 0 }),
    "/login?next=/examples/server-component",
  );

  const api = await request.get("/api/user", { maxRedirects: 0 });
  expect(api.status()).toBe(401);

  for (const path of ["/", "/proxy", "/login"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(
      200,
    );
  }
});

readerTest(
  "the docs page runs the example live and shows which check refused each visitor",
  async ({ page, reader }) => {
    await page.goto("/proxy");
    // The frames load lazily, once they come near the viewport.
    for (const title of [
      "Live proxy.ts example",
      "Live proxy.ts example with the full check",
    ]) {
      await expect(
        (await liveExample(page, title)).getByRole("heading", {
          name: `Hello, ${reader.name}`,
        }),
      ).toBeVisible();
    }

    const panels = page.getByRole("region", {
      name: "What a signed-out visitor gets",
    });
    await expect(panels).toHaveCount(3);

    await panels
      .nth(0)
      .getByRole("button", { name: "Request it as a signed-out visitor" })
      .click();
    await expect(panels.nth(0).getByTestId("signed-out-status")).toHaveText(
      /^307/,
    );
    await expect(panels.nth(0).getByTestId("signed-out-details")).toContainText(
      "/login?next=%2Fexamples%2Fproxy",
    );

    await panels
      .nth(1)
      .getByRole("button", { name: "Request it as a signed-out visitor" })
      .click();
    await expect(panels.nth(1).getByTestId("signed-out-status")).toHaveText(
      /^200/,
    );
    await expect(panels.nth(1).getByTestId("signed-out-details")).toContainText(
      "NEXT_REDIRECT;replace;/login?next=/examples/proxy;307;",
    );

    await panels
      .nth(2)
      .getByRole("button", { name: "Request it as a signed-out visitor" })
      .click();
    await expect(panels.nth(2).getByTestId("signed-out-status")).toHaveText(
      /^307/,
    );
    await expect(panels.nth(2).getByTestId("signed-out-details")).toContainText(
      "/login?next=%2Fexamples%2Fproxy%2Ffull-check",
    );
  },
);
