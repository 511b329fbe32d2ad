// Lesson 13, on servers of its own: `next dev` with no BETTER_AUTH_URL
// accepts sign-up from both loopback names and refuses other origins, and a
// server with no proxy in front counts every sign-in without X-Forwarded-For
// in one bucket. (The live example's tests are in origins.spec.ts.)
import { request as httpRequest } from "node:http";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { startNext } from "../../scripts/next-server";

const port = (index: number) => 3400 + index * 10 + test.info().workerIndex;

test("next dev with no BETTER_AUTH_URL serves and signs up from localhost and from 127.0.0.1, and refuses other origins", async () => {
  // A cold `next dev` compiles the auth route on first request.
  test.setTimeout(180_000);
  const server = await startNext(
    {
      BETTER_AUTH_URL: undefined,
    },
    { port: port(0), command: "dev" },
  );
  const { port: serverPort } = new URL(server.url);
  try {
    for (const host of [`localhost:${serverPort}`, `127.0.0.1:${serverPort}`]) {
      const answer = await signUpAt(server.url, {
        host,
        origin: `http://${host}`,
      });
      expect(answer.status, `sign-up at ${host}: ${answer.body}`).toBe(200);
      expect(
        answer.setCookie.some((line) =>
          line.startsWith("better-auth.session_token="),
        ),
      ).toBe(true);
    }
    // Next.js's own dev resources (scripts, hot reload) answer both names too.
    for (const host of ["localhost", "127.0.0.1", "attacker.example"]) {
      const script = await fetch(
        `${server.url}/_next/static/chunks/no-such-chunk.js`,
        { headers: { origin: `http://${host}:${serverPort}` } },
      );
      expect(script.status, `a dev resource asked for from ${host}`).toBe(
        host === "attacker.example" ? 403 : 404,
      );
    }
    const foreign = await signUpAt(server.url, {
      host: `127.0.0.1:${serverPort}`,
      origin: "http://attacker.example",
    });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ code: "INVALID_ORIGIN" });
    expect(foreign.setCookie).toEqual([]);
  } finally {
    await server.stop();
  }
});

test("with no proxy named, every sign-in shares one rate-limit bucket, whatever X-Forwarded-For it makes up", async () => {
  const server = await startNext({}, { port: port(1) });
  const signIn = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: server.url,
        ...headers,
      },
      body: JSON.stringify({
        email: `nobody-${randomUUID()}@example.com`,
        password: "a wrong password",
      }),
    }).then((response) => response.status);
  try {
    // Three readers with no address of their own: wrong passwords, answered 401.
    expect([await signIn(), await signIn(), await signIn()]).toEqual([
      401, 401, 401,
    ]);
    // A fourth reader, who never tried before, waits for the other three.
    expect(await signIn()).toBe(429);
    // A client that names a new address each time is not believed (TRUSTED_PROXIES is unset): it waits too.
    const forged = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      forged.push(await signIn({ "x-forwarded-for": `203.0.113.${attempt}` }));
    }
    expect(forged).toEqual([429, 429, 429]);
  } finally {
    await server.stop();
  }
});

// node:http, not fetch: fetch may not set Host, and the test is about a
// request whose Host differs from the address the server listens on.
function signUpAt(
  url: string,
  { host, origin }: { host: string; origin: string },
) {
  const body = JSON.stringify({
    name: "Dev Reader",
    email: `dev-${randomUUID()}@example.com`,
    password: "a long enough password",
  });
  return new Promise<{ status: number; body: string; setCookie: string[] }>(
    (resolve, reject) => {
      const request = httpRequest(`${url}/api/auth/sign-up/email`, {
        method: "POST",
        headers: {
          host,
          origin,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
      });
      request.on("response", (response) => {
        let text = "";
        response.setEncoding("utf8").on("data", (chunk) => (text += chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body: text,
            setCookie: response.headers["set-cookie"] ?? [],
          }),
        );
      });
      request.on("error", reject);
      request.end(body);
    },
  );
}
