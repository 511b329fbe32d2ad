// The data access layer's page, Server Action and Route Handler, with real
// sessions: each checks through verifySession(), and only DTOs leave it.
import { hiddenInputs } from "../../lib/signed-out-request";
import {
  expect,
  readerTest,
  signIn,
  test,
  type Account,
  type NewClient,
} from "./fixtures";
import { BASE_URL } from "./test-env";
import { expectStreamedRedirect } from "./support/redirects";
import { liveExample } from "./support/live-preview";
import { sessionCookieOf } from "./support/cookies";

const PAGE = "/examples/data-access-layer";
const API = "/api/examples/data-access-layer/sessions";

/** A second session for the same account, as if signed in on another device. */
async function signInElsewhere(newClient: NewClient, account: Account) {
  const device = await newClient({ origin: BASE_URL });
  await signIn(device, account);
  return device;
}

readerTest(
  "signed in, the page gets a DTO of three fields and the reader's sessions",
  async ({ page, reader }) => {
    await page.goto(PAGE);
    await expect(
      page.getByRole("heading", { name: `Your sessions, ${reader.name}` }),
    ).toBeVisible();
    expect(JSON.parse(await page.getByTestId("user-dto").innerText())).toEqual({
      id: reader.id,
      name: reader.name,
      email: reader.email,
    });
    await expect(page.getByTestId("session-count")).toHaveText(
      "Active sessions: 1",
    );
    await expect(page.getByTestId("sessions")).toContainText("This browser");
  },
);

test("signed out, the page redirects to /login and back", async ({
  request,
}) => {
  await expectStreamedRedirect(
    await request.get(PAGE, { maxRedirects: 0 }),
    `/login?next=${encodeURIComponent(PAGE)}`,
    { meta: false },
  );
});

readerTest(
  "the Route Handler answers the reader's sessions without their tokens",
  async ({ page }) => {
    const response = await page.context().request.get(API);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    const { sessions } = await response.json();
    expect(sessions).toHaveLength(1);
    expect(Object.keys(sessions[0]).sort()).toEqual([
      "createdAt",
      "current",
      "expiresAt",
      "userAgent",
    ]);
    expect(sessions[0].current).toBe(true);

    const cookie = await sessionCookieOf(page.context().request);
    const token = decodeURIComponent(cookie).split(".")[0];
    expect(await response.text()).not.toContain(token);
  },
);

test("the Route Handler answers 401 JSON without a session", async ({
  request,
}) => {
  const response = await request.get(API);
  expect(response.status()).toBe(401);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(await response.json()).toEqual({ error: "Unauthorized" });
});

test("the Server Action signs out the other devices and keeps this one", async ({
  page,
  newClient,
  signedIn,
}) => {
  const otherDevice = await signInElsewhere(newClient, signedIn);
  await page.goto(PAGE);
  await expect(page.getByTestId("session-count")).toHaveText(
    "Active sessions: 2",
  );
  await expect(page.getByTestId("sessions")).toContainText("Another device");

  await page.getByRole("button", { name: "Sign out other devices" }).click();
  await expect(page.getByTestId("action-result")).toHaveText(
    "Signed out of every other device.",
  );
  await expect(page.getByTestId("session-count")).toHaveText(
    "Active sessions: 1",
  );

  expect((await otherDevice.get(API)).status()).toBe(401);
  expect((await page.context().request.get(API)).status()).toBe(200);
});

test("the Server Action, posted without a session, changes nothing", async ({
  page,
  newClient,
  signedIn,
}) => {
  const otherDevice = await signInElsewhere(newClient, signedIn);
  // The form's hidden fields (which action, and its state) come from the
  // signed-in page. The navbar's sign-out form ($ACTION_ID_…) is left out, so
  // the post can only reach signOutOtherDevices.
  const html = await (await page.context().request.get(PAGE)).text();
  const fields = hiddenInputs(html).filter(
    ([name]) => !name.startsWith("$ACTION_ID_"),
  );
  expect(fields.some(([name]) => name.startsWith("$ACTION_REF_"))).toBe(true);
  const multipart = Object.fromEntries(fields);

  const anonymous = await newClient({ origin: BASE_URL });
  const refused = await anonymous.post(PAGE, { multipart, maxRedirects: 0 });
  expect(refused.status()).toBeLessThan(500);
  expect((await otherDevice.get(API)).status()).toBe(200);
  expect(
    (await (await page.context().request.get(API)).json()).sessions,
  ).toHaveLength(2);

  // The same post with the reader's cookie does sign the other device out:
  // the fields were right, only the session was missing.
  const accepted = await page.context().request.post(PAGE, {
    multipart,
    headers: { origin: BASE_URL },
    maxRedirects: 0,
  });
  expect(accepted.status()).toBe(200);
  expect((await otherDevice.get(API)).status()).toBe(401);
});

readerTest(
  "the docs page runs the example live and shows the signed-out redirect",
  async ({ page, reader }) => {
    await page.goto("/data-access-layer");
    const frame = await liveExample(page, "Live data access layer example");
    await expect(
      frame.getByRole("heading", { name: `Your sessions, ${reader.name}` }),
    ).toBeVisible();

    await page
      .getByRole("button", { name: "Request it as a signed-out visitor" })
      .click();
    await expect(page.getByTestId("signed-out-status")).toHaveText(/^200/);
    await expect(page.getByTestId("signed-out-details")).toContainText(
      "NEXT_REDIRECT;replace;/login?next=%2Fexamples%2Fdata-access-layer;307;",
    );
  },
);
