// Lesson 3 on a server of its own with Better Auth's session cookie cache on:
// a write behind Better Auth's back (prisma.user.update, the seed's snippet)
// leaves the session stale; the corrected action's auth.api.updateUser does
// not. And the re-render in the action's own answer reads the request's old
// cookies.
import { expect, test } from "@playwright/test";
import { actionMessage, postNameForm } from "./support/form-post";
import { startNext } from "../../scripts/next-server";

const currentName = (html: string) =>
  /data-testid="current-name"[^>]*>Signed in as <strong>([^<]*)<\/strong>/.exec(
    html,
  )?.[1];

test("the seed's prisma.user.update leaves the cookie cache stale; auth.api.updateUser does not", async ({
  playwright,
}) => {
  const server = await startNext(
    {
      BETTER_AUTH_COOKIE_CACHE_SECONDS: "300",
    },
    { port: 3390 + test.info().workerIndex },
  );
  const reader = await playwright.request.newContext({
    baseURL: server.url,
    extraHTTPHeaders: { origin: server.url },
  });
  try {
    const signUp = await reader.post("/api/auth/sign-up/email", {
      data: {
        name: "Before",
        email: "cache@example.com",
        password: "a long enough password",
      },
    });
    expect(signUp.status()).toBe(200);
    const sessionName = async () =>
      (await (await reader.get("/api/user")).json()).user.name;
    expect(await sessionName()).toBe("Before");

    // The common version writes to the database directly…
    await postNameForm(
      reader,
      { name: "Written by Prisma" },
      { origin: server.url, path: "/examples/server-action/seed" },
    );
    // …and the session, served from the cookie cache, still says "Before".
    expect(await sessionName()).toBe("Before");

    // The corrected action goes through Better Auth, which rewrites the cached session.
    const { html } = await postNameForm(
      reader,
      { name: "Written by updateUser" },
      { origin: server.url },
    );
    expect(actionMessage(html)).toContain("Saved.");
    expect(await sessionName()).toBe("Written by updateUser");

    // Lesson 3's trap with the cache on: refresh() re-rendered the page in the
    // same answer from the request's old cookie, so it still shows the cached name.
    expect(currentName(html)).toBe("Before");
    expect(
      currentName(await (await reader.get("/examples/server-action")).text()),
    ).toBe("Written by updateUser");
  } finally {
    await reader.dispose();
    await server.stop();
  }
});
