// Run with: npx playwright test -c tests/auth-test-kit
// Every test is named for the route it checks, so the report reads per route
// what held and what did not.
import { expect, test } from "@playwright/test";
import config from "./auth-test-kit.config";
import {
  captureAction,
  cookieHeader,
  expectAnswered,
  expectRefused,
  FOREIGN_ORIGIN,
  replay,
  sessionCookie,
  shows,
  signUp,
  tampered,
  tokenOf,
  uniqueMarker,
} from "./auth-test-kit";

const protectedRoutes = [
  ...config.pages.map((path) => ({
    path,
    signInPath: config.signInPath,
    kind: "page",
  })),
  ...config.apiRoutes.map((path) => ({
    path,
    signInPath: null,
    kind: "API route",
  })),
];

for (const { path, signInPath, kind } of protectedRoutes) {
  const refusal = signInPath ? `redirected to ${signInPath}` : "401";
  test.describe(`${kind} ${path}`, () => {
    test(`signed out: ${refusal}`, async ({ request }) => {
      await expectRefused(request, path, undefined, signInPath);
    });

    test(`a tampered session cookie: ${refusal}`, async ({
      request,
      baseURL,
    }) => {
      await signUp(request, baseURL!);
      const cookie = await sessionCookie(request);
      await expectAnswered(request, path, cookieHeader(cookie));
      await expectRefused(request, path, tampered(cookie), signInPath);
    });

    test(`an expired session: ${refusal}`, async ({ request, baseURL }) => {
      const account = await signUp(request, baseURL!);
      const cookie = await sessionCookie(request);
      await expectAnswered(request, path, cookieHeader(cookie));
      await config.expireSession(tokenOf(cookie));
      await expectRefused(
        request,
        path,
        cookieHeader(cookie),
        signInPath,
        account,
      );
    });
  });
}

for (const action of config.actions) {
  test(`Server Action on ${action.page}: writes nothing without a session or from another origin`, async ({
    context,
    page,
    baseURL,
  }) => {
    await signUp(context.request, baseURL!);
    const cookie = cookieHeader(await sessionCookie(context.request));
    const origin = new URL(baseURL!).origin;
    const marker = uniqueMarker();
    const request = await captureAction(page, action, marker);

    await test.step("posted with no session cookie", async () => {
      await replay(baseURL!, request, { origin });
      expect(
        await shows(context, action.page, marker),
        "the write happened",
      ).toBe(false);
    });
    await test.step("posted from another origin with the reader's cookie", async () => {
      await replay(baseURL!, request, {
        origin: FOREIGN_ORIGIN,
        cookie,
      });
      expect(
        await shows(context, action.page, marker),
        "the write happened",
      ).toBe(false);
    });
    await test.step("control: posted with the session from the app's own origin", async () => {
      await replay(baseURL!, request, { origin, cookie });
      expect(
        await shows(context, action.page, marker),
        `the kit cannot see this action's write on ${action.page}: check its fill and submit in the config`,
      ).toBe(true);
    });
  });
}

for (const record of config.records) {
  for (const path of record.paths) {
    test(`${record.name} at ${path}: another user cannot read, change or delete it`, async ({
      browser,
      baseURL,
    }) => {
      const owner = await browser.newContext();
      const other = await browser.newContext();
      await signUp(owner.request, baseURL!);
      await signUp(other.request, baseURL!);
      const marker = uniqueMarker();
      const id = await record.create(await owner.newPage(), marker);
      const address = path.replace(":id", encodeURIComponent(id));

      expect(
        await shows(owner, address, marker),
        `the owner reads ${address}`,
      ).toBe(true);
      expect(
        await shows(other, address, marker),
        `another user reads ${address}`,
      ).toBe(false);
      if (address.startsWith("/api/")) {
        if (record.change) {
          await other.request.put(address, {
            headers: { origin: new URL(baseURL!).origin },
            data: { ...record.change },
          });
        }
        await other.request.delete(address, {
          headers: { origin: new URL(baseURL!).origin },
        });
        expect(
          await shows(owner, address, marker),
          `another user changed or deleted ${address}`,
        ).toBe(true);
      }
      await owner.close();
      await other.close();
    });
  }
}
