// Lesson 13's live example on the run's server: what Better Auth makes of
// the reader's request, Next.js's origin check for Server Actions, and a
// sign-in posted from another origin. (Servers of its own: origins.server.spec.ts.)
import { getIP } from "better-auth/api";
import { expect, test } from "./fixtures";
import { inlinedFormState } from "../../lib/signed-out-request";
import { postForm } from "./support/form-post";
import { expectStreamedRedirect } from "./support/redirects";
import { BASE_URL } from "./test-env";

const PAGE = "/examples/origins";

test("signed in, the page shows the base URL, the trusted origins and the address the rate limit counts", async ({
  page,
  signedIn,
  extraHTTPHeaders,
}) => {
  await page.goto(PAGE);
  await expect(
    page.getByRole("heading", {
      name: "What Better Auth sees of your request",
    }),
  ).toBeVisible();
  await expect(page.getByTestId("request-host")).toHaveText(
    new URL(BASE_URL).host,
  );
  await expect(page.getByTestId("base-url")).toHaveText(`${BASE_URL}/api/auth`);
  await expect(page.getByTestId("trusted-origins")).toContainText(BASE_URL);
  // The fixture's made-up X-Forwarded-For, as Better Auth counts it: by its /64.
  const sent = extraHTTPHeaders!["x-forwarded-for"];
  await expect(page.getByTestId("client-address")).toHaveText(
    getIP(new Headers({ "x-forwarded-for": sent }), {})!,
  );
  expect(signedIn.name).toBeTruthy();

  await page
    .getByRole("button", { name: "Post this form to a Server Action" })
    .click();
  await expect(page.getByTestId("action-result")).toHaveText(
    `Next.js ran the action: Origin ${BASE_URL} names host ${new URL(BASE_URL).host}. Better Auth trusts this origin too.`,
  );
});

test("through a named proxy, Better Auth counts the first address right of the proxies, never the client's made-up entries on the left", async ({
  page,
  signedIn,
  extraHTTPHeaders,
}) => {
  expect(signedIn.id).toBeTruthy();
  const sent = extraHTTPHeaders!["x-forwarded-for"];
  const counted = getIP(new Headers({ "x-forwarded-for": sent }), {});
  // The run's server trusts 127.0.0.1 (scripts/e2e-server.ts), as it would an nginx on the same machine.
  for (const chain of [
    `198.51.100.7, ${sent}`,
    `${sent}, 127.0.0.1`,
    `198.51.100.7, ${sent}, 127.0.0.1`,
  ]) {
    const html = await (
      await page
        .context()
        .request.get(PAGE, { headers: { "x-forwarded-for": chain } })
    ).text();
    expect(
      html.match(/data-testid="client-address">([^<]*)</)?.[1],
      chain,
    ).toBe(counted);
  }
});

test("a Server Action posted with another site's Origin is refused by Next.js before it runs", async ({
  page,
  signedIn,
}) => {
  expect(signedIn.id).toBeTruthy();
  const request = page.context().request;
  const foreign = await postForm(
    request,
    PAGE,
    {},
    { origin: "https://attacker.example" },
  );
  expect(foreign.status).toBeGreaterThanOrEqual(400);
  expect(inlinedFormState(foreign.html)).toBeUndefined();

  const same = await postForm(request, PAGE, {}, { origin: BASE_URL });
  expect(same.status).toBe(200);
  // Without JavaScript, the action's answer arrives as the form state Next.js inlines.
  expect(inlinedFormState(same.html)).toMatchObject({
    origin: BASE_URL,
    trustedByBetterAuth: true,
  });
});

test("signed out, the page redirects; the docs page shows both signed-out answers for real", async ({
  page,
  request,
}) => {
  await expectStreamedRedirect(
    await request.get(PAGE, { maxRedirects: 0 }),
    `/login?next=${PAGE}`,
    { meta: false },
  );

  await page.goto("/origins");
  const panels = page.getByRole("region", {
    name: "What a signed-out visitor gets",
  });
  await expect(panels).toHaveCount(2);
  await panels
    .nth(0)
    .getByRole("button", { name: "Request it as a signed-out visitor" })
    .click();
  await expect(panels.nth(0).getByTestId("signed-out-details")).toContainText(
    `NEXT_REDIRECT;replace;/login?next=${PAGE};307;`,
  );

  await panels
    .nth(1)
    .getByRole("button", { name: "Request it as a signed-out visitor" })
    .click();
  await expect(panels.nth(1).getByTestId("signed-out-status")).toHaveText(
    /^403/,
  );
  await expect(panels.nth(1).getByTestId("signed-out-details")).toContainText(
    '"code":"INVALID_ORIGIN"',
  );
});
