// Two instances of the guide on one PostgreSQL database, behind nginx
// (deploy/nginx/guide.conf). What must hold across instances: sessions, and
// every limit, whichever instance a request reaches and whatever it claims.
import { readFileSync } from "node:fs";
import { request as http } from "node:http";
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { SIGN_IN_LIMIT } from "../../lib/sign-in-limit";
import { testClientIp } from "../e2e/fixtures";
import { postForm } from "../e2e/support/form-post";
import { inlinedFormState } from "../../lib/signed-out-request";
import { ServerExited, startNext, newSecret } from "../../scripts/next-server";

const PROXY = process.env.SCALE_URL!;
const INSTANCES = process.env.SCALE_INSTANCES!.split(" ");
const PASSWORD = "correct horse battery";

test.beforeAll(() => expect(INSTANCES).toHaveLength(2));

/**
 * A client of one instance (or of nginx) that connects from loopback, where a
 * trusted proxy would stand, and names its reader's address. It sends the
 * Host that nginx passes on, as nginx would: Next.js accepts a Server Action
 * only when its Origin matches the Host.
 */
async function readerAt(
  playwright: {
    request: { newContext(options: object): Promise<APIRequestContext> };
  },
  baseURL: string,
  address = testClientIp(),
) {
  return playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: {
      "x-forwarded-for": address,
      origin: PROXY,
      host: new URL(PROXY).host,
    },
  });
}

async function signUp(client: APIRequestContext) {
  const email = `scale-${randomUUID()}@example.com`;
  const response = await client.post("/api/auth/sign-up/email", {
    data: { name: "Scale reader", email, password: PASSWORD },
  });
  expect(response.status(), await response.text()).toBe(200);
  return email;
}

const signIn = (
  client: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) =>
  client
    .post("/api/auth/sign-in/email", { data: { email, password }, headers })
    .then((response) => response.status());

test("a session made on one instance is valid on the other, and through nginx", async ({
  playwright,
}) => {
  const [first, second] = INSTANCES;
  const onFirst = await readerAt(playwright, first);
  const email = await signUp(onFirst);
  // The same cookies, sent to another address: both instances and nginx are on 127.0.0.1.
  const storageState = await onFirst.storageState();

  const onSecond = await playwright.request.newContext({
    baseURL: second,
    storageState,
  });
  const user = await onSecond.get("/api/user");
  expect(user.status()).toBe(200);
  expect((await user.json()).user.email).toBe(email);

  // Through nginx, whichever instance it picks.
  const viaProxy = await playwright.request.newContext({
    baseURL: PROXY,
    storageState,
  });
  for (let request = 0; request < 4; request++) {
    expect((await viaProxy.get("/api/user")).status()).toBe(200);
  }
  // Signed out on one instance is signed out on both.
  expect(
    (
      await onSecond.post("/api/auth/sign-out", {
        data: {},
        headers: { origin: PROXY },
      })
    ).status(),
  ).toBe(200);
  expect((await onFirst.get("/api/user")).status()).toBe(401);
});

/** Which instances nginx sent the requests marked `probe` to, from its access log. */
function instancesThatAnswered(probe: string): Set<string> {
  const lines = readFileSync(process.env.SCALE_NGINX_LOG!, "utf8")
    .split("\n")
    .filter((line) => line.includes(probe));
  return new Set(lines.map((line) => line.split(" ")[2]));
}

test("nginx keeps a signed-in reader on one instance, and spreads visitors without a session over both", async ({
  playwright,
}) => {
  const reader = await readerAt(playwright, PROXY);
  await signUp(reader);
  const signedIn = randomUUID();
  for (let request = 0; request < 8; request++) {
    expect((await reader.get(`/api/user?probe=${signedIn}`)).status()).toBe(
      200,
    );
  }
  expect(instancesThatAnswered(signedIn).size).toBe(1);

  const visitor = await playwright.request.newContext({ baseURL: PROXY });
  const signedOut = randomUUID();
  for (let request = 0; request < 16; request++) {
    expect((await visitor.get(`/api/user?probe=${signedOut}`)).status()).toBe(
      401,
    );
  }
  expect(instancesThatAnswered(signedOut)).toEqual(
    new Set(INSTANCES.map((instance) => new URL(instance).host)),
  );
});

test("Better Auth's limit per address holds across instances", async ({
  playwright,
}) => {
  const address = testClientIp();
  const clients = await Promise.all(
    INSTANCES.map((instance) => readerAt(playwright, instance, address)),
  );
  // Different made-up accounts, so only the per-address limit (3 per 10 s) is at work.
  const statuses = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    statuses.push(
      await signIn(
        clients[attempt % 2],
        `nobody-${randomUUID()}@example.com`,
        "guess",
      ),
    );
  }
  expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
});

test("the per-account limit holds across instances, from a new address each time", async ({
  playwright,
}) => {
  const email = await signUp(await readerAt(playwright, PROXY));
  const clients = await Promise.all(
    INSTANCES.map((instance) =>
      playwright.request.newContext({
        baseURL: instance,
        extraHTTPHeaders: { origin: PROXY },
      }),
    ),
  );
  const statuses = [];
  for (let guess = 0; guess < 10; guess++) {
    statuses.push(
      await signIn(clients[guess % 2], email, `guess ${guess}`, {
        "x-forwarded-for": testClientIp(),
      }),
    );
  }
  expect(statuses).toEqual([
    ...Array(SIGN_IN_LIMIT.failures).fill(401),
    ...Array(10 - SIGN_IN_LIMIT.failures).fill(429),
  ]);
});

test("the sign-in action's own limit holds across instances", async ({
  playwright,
}) => {
  const address = testClientIp();
  const email = await signUp(await readerAt(playwright, PROXY));
  const clients = await Promise.all(
    INSTANCES.map((instance) => readerAt(playwright, instance, address)),
  );
  const messages = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    const { html } = await postForm(
      clients[attempt % 2],
      "/examples/sign-in-actions",
      { email, password: "wrong password" },
      { origin: PROXY },
    );
    messages.push(inlinedFormState(html)?.message);
  }
  // Its 3 tries per address and window are counted in the database, so the
  // fourth is refused whichever instance it reaches.
  const wrong =
    "That email and password don't match an account. Check both and try again.";
  const tooMany = "Too many attempts. Wait a few seconds, then try again.";
  expect(messages).toEqual([wrong, wrong, wrong, tooMany, tooMany]);
});

/** A POST to nginx from 127.0.0.2: an address no instance trusts as a proxy, as any client on the internet. */
function postFromOutside(
  path: string,
  body: object,
  headers: Record<string, string>,
): Promise<number> {
  const url = new URL(path, PROXY);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress: "127.0.0.2",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          origin: PROXY,
          ...headers,
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode!));
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

test("a client that rotates X-Forwarded-For through nginx is limited by the address nginx saw", async () => {
  const statuses = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    statuses.push(
      await postFromOutside(
        "/api/auth/sign-in/email",
        { email: `nobody-${randomUUID()}@example.com`, password: "guess" },
        { "x-forwarded-for": testClientIp() },
      ),
    );
  }
  expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
});

test.describe("an instance refuses to start on a PostgreSQL it cannot use, and says what to do", () => {
  const database = new URL(process.env.SCALE_DATABASE_URL!);
  const withDatabase = (change: (url: URL) => void) => {
    const url = new URL(database.href);
    change(url);
    return url.href;
  };
  for (const [fault, databaseUrl, message] of [
    [
      "a server that is not running",
      withDatabase((url) => (url.port = "1")),
      /Cannot reach PostgreSQL at 127\.0\.0\.1:1: connection refused/,
    ],
    [
      "a wrong password",
      withDatabase((url) => (url.password = "wrong")),
      /refused the user or password in DATABASE_URL/,
    ],
    [
      "a database that does not exist",
      withDatabase((url) => (url.pathname = "/no_such_database")),
      /has no database "no_such_database"\. Create it first/,
    ],
  ] as const) {
    test(fault, async () => {
      const error = await startNext(
        {
          DATABASE_URL: databaseUrl,
          BETTER_AUTH_SECRET: newSecret(),
        },
        { port: 3420 },
      ).then(
        (server) => server.stop().then(() => null),
        (exited: unknown) => exited,
      );
      expect(error).toBeInstanceOf(ServerExited);
      expect((error as ServerExited).output).toMatch(message);
      expect((error as ServerExited).output).not.toContain(database.password);
    });
  }
});
