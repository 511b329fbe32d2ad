// Lesson 16 on servers of its own: over https Better Auth's cookie carries
// the __Secure- prefix, which a hard-coded name misses; and with the cookie
// cache on, getCookieCache lets a signed-out session through.
import { expect, test } from "@playwright/test";
import { startNext } from "../../scripts/next-server";

const port = (index: number) => 3450 + index * 10 + test.info().workerIndex;

async function signUpOn(url: string, origin: string) {
  const response = await fetch(`${url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({
      name: "Proxy reader",
      email: "proxy@example.com",
      password: "a long enough password",
    }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((line) => line.split(";")[0]);
}

test("over https the session cookie is __Secure-better-auth.session_token: a hard-coded name redirects, getSessionCookie passes", async () => {
  const origin = "https://guide.example.test";
  const server = await startNext(
    {
      BETTER_AUTH_URL: origin,
    },
    { port: port(0) },
  );
  try {
    const cookies = await signUpOn(server.url, origin);
    expect(cookies.map((cookie) => cookie.split("=")[0])).toContain(
      "__Secure-better-auth.session_token",
    );
    const cookie = cookies.join("; ");

    const hardCoded = await fetch(
      `${server.url}/examples/proxy-mistakes/hard-coded-name`,
      { headers: { cookie }, redirect: "manual" },
    );
    expect(hardCoded.status).toBe(307);
    expect(
      new URL(hardCoded.headers.get("location")!, server.url).pathname,
    ).toBe("/login");

    const withHelper = await fetch(`${server.url}/examples/proxy`, {
      headers: { cookie },
      redirect: "manual",
    });
    expect(withHelper.status).toBe(200);
    expect((await withHelper.text()).replaceAll("<!-- -->", "")).toContain(
      "Hello, Proxy reader",
    );
  } finally {
    await server.stop();
  }
});

test("with the cookie cache on, getCookieCache lets a reader in, and still does with their cookies after they signed out", async () => {
  const server = await startNext(
    {
      BETTER_AUTH_COOKIE_CACHE_SECONDS: "300",
    },
    { port: port(1) },
  );
  try {
    const cookies = await signUpOn(server.url, server.url);
    expect(cookies.map((cookie) => cookie.split("=")[0])).toContain(
      "better-auth.session_data",
    );
    const cookie = cookies.join("; ");
    const proxied = () =>
      fetch(`${server.url}/examples/proxy-mistakes/cookie-cache`, {
        headers: { cookie },
        redirect: "manual",
      });
    expect((await proxied()).status).toBe(200);

    const signOut = await fetch(`${server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: {
        cookie,
        origin: server.url,
        "content-type": "application/json",
      },
      body: "{}",
    });
    expect(signOut.status).toBe(200);
    // The session row is gone; the browser-side copy is not, and it still passes.
    const after = await proxied();
    expect(after.status).toBe(200);
    expect(after.headers.get("location")).toBeNull();
  } finally {
    await server.stop();
  }
});
