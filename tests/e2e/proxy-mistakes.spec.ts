// Lesson 16's proxies on the run's server: the sign-in redirect that loops on
// a stale cookie, and getCookieCache with the cookie cache off. (Servers of
// their own, over https and with the cache on: proxy-mistakes.server.spec.ts.)
import { expect, test } from "./fixtures";
import { expectStreamedRedirect } from "./support/redirects";
import { BASE_URL } from "./test-env";

const LOGIN = "/examples/proxy-mistakes/login-redirect/login";
const DASHBOARD = "/examples/proxy-mistakes/login-redirect/dashboard";

test("a stale cookie bounces between the stand-in sign-in page and the dashboard; the site's /login shows the form", async ({
  page,
  signedIn,
  db,
}) => {
  const request = page.context().request;
  // Valid, the proxy and the page agree: the dashboard shows.
  const valid = await request.get(LOGIN);
  expect(valid.url()).toContain(DASHBOARD);
  expect((await valid.text()).replaceAll("<!-- -->", "")).toContain(
    `Dashboard of ${signedIn.name}`,
  );

  // The session ends on the server; the browser keeps its cookie.
  db.expireSessions(signedIn.id);
  for (let hop = 1; hop <= 3; hop++) {
    const fromLogin = await request.get(LOGIN, { maxRedirects: 0 });
    expect(fromLogin.status(), `hop ${hop}: the proxy`).toBe(307);
    expect(new URL(fromLogin.headers().location, BASE_URL).pathname).toBe(
      DASHBOARD,
    );
    await expectStreamedRedirect(
      await request.get(DASHBOARD, { maxRedirects: 0 }),
      LOGIN,
      { meta: false },
    );
  }
  // In a browser: the page's redirect is streamed (Cache Components), the
  // router follows it, the proxy sends it back, and Next.js's router gives
  // up after one round, on an empty page. The sign-in page never shows.
  let visitsToLogin = 0;
  page.on("request", (sent) => {
    if (new URL(sent.url()).pathname === LOGIN) visitsToLogin++;
  });
  await page.goto(DASHBOARD);
  await expect.poll(() => visitsToLogin).toBeGreaterThan(0);
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("login-stand-in")).toHaveCount(0);
  await expect(
    page.getByRole("heading", { name: /^Dashboard of/ }),
  ).toHaveCount(0);

  // The fix: the sign-in page decides with a full check, so the same cookie gets the form.
  await page.goto("/login");
  await expect(page.getByRole("form", { name: "Sign in" })).toBeVisible();
});

test("with the cookie cache off, the getCookieCache proxy refuses a signed-in reader", async ({
  page,
  signedIn,
}) => {
  expect(signedIn.id).toBeTruthy();
  const response = await page
    .context()
    .request.get("/examples/proxy-mistakes/cookie-cache", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(new URL(response.headers().location, BASE_URL).pathname).toBe(
    "/examples/proxy-mistakes/cookie-cache/refused",
  );
});

test("the docs page's panels show the loop's two halves and the __Secure- cookie the hard-coded proxy misses", async ({
  page,
}) => {
  await page.goto("/proxy-mistakes");
  const panels = page.getByRole("region", {
    name: "What a signed-out visitor gets",
  });
  await expect(panels).toHaveCount(3);
  const run = async (index: number) => {
    await panels
      .nth(index)
      .getByRole("button", { name: "Request it as a signed-out visitor" })
      .click();
    return panels.nth(index).getByTestId("signed-out-details");
  };
  await expect(await run(0)).toContainText(`location: ${DASHBOARD}`);
  await expect(await run(1)).toContainText(
    `NEXT_REDIRECT;replace;${LOGIN};307;`,
  );
  await expect(await run(2)).toContainText(
    "location: /login?next=/examples/proxy-mistakes/hard-coded-name",
  );
});
