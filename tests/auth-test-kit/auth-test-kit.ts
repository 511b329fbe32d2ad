// The auth test kit's checks, written once for any app that signs in with
// Better Auth's email and password. The routes they run against are in
// auth-test-kit.config.ts; each check is a Playwright test named for its route.
import {
  expect,
  request as requests,
  type APIRequestContext,
  type BrowserContext,
  type Page,
  type Request,
} from "@playwright/test";

export type AuthKitConfig = {
  /** Where a page sends a visitor without a session. */
  signInPath: string;
  /**
   * Pages that send a visitor without a session to signInPath: a 307 from
   * proxy.ts, or, from the page itself under Cache Components, a 200 whose
   * body streams the redirect.
   */
  pages: string[];
  /** API routes that answer 401 without a session. */
  apiRoutes: string[];
  /** Forms whose Server Action must write nothing without a session or from another origin. */
  actions: {
    page: string;
    /** Label → value; "{marker}" becomes a unique text the page shows once the write happens. */
    fill: Record<string, string>;
    submit: string;
  }[];
  /** Records that only their owner may read or delete by id. */
  records: {
    name: string;
    /** Addresses of one record; ":id" is replaced by the id create() returns. */
    paths: string[];
    /** A JSON body that would change the record, PUT to each API address by the other user. */
    change?: Record<string, string>;
    /** Creates a record that shows `marker`, as the signed-in user of `page`; returns its id. */
    create: (page: Page, marker: string) => Promise<string>;
  }[];
  /**
   * Makes the session with this token expire now, in your app's database.
   * Playwright does not read .env.local: run the kit with the app's
   * DATABASE_URL set.
   */
  expireSession: (token: string) => Promise<void>;
};

const PASSWORD = "auth-test-kit-password";
export const FOREIGN_ORIGIN = "https://attacker.example";

export function uniqueMarker(): string {
  return `Kit ${crypto.randomUUID().slice(0, 8)}`;
}

export type Account = { name: string; email: string };

/**
 * A client address of its own for each account. Better Auth allows a few
 * sign-ups per address and window, so a run's accounts would otherwise be
 * refused with 429: run the app with X-Forwarded-For trusted from loopback
 * (with this guide's lib/auth.ts, TRUSTED_PROXIES=127.0.0.1).
 */
function newClientAddress(): string {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return `10.${byte()}.${byte()}.${byte()}`;
}

/** Signs up a new account through Better Auth's own endpoint; the session cookie lands in `client`. */
export async function signUp(
  client: APIRequestContext,
  baseURL: string,
): Promise<Account> {
  const id = crypto.randomUUID();
  const account = {
    name: `Kit reader ${id.slice(0, 8)}`,
    email: `kit-${id}@example.com`,
  };
  const response = await client.post("/api/auth/sign-up/email", {
    headers: {
      origin: new URL(baseURL).origin,
      "x-forwarded-for": newClientAddress(),
    },
    data: { ...account, password: PASSWORD },
  });
  expect(response.status(), "sign-up through /api/auth/sign-up/email").toBe(
    200,
  );
  return account;
}

type Cookie = { name: string; value: string };

/** The Better Auth session cookie (named with or without the __Secure- prefix). */
export async function sessionCookie(
  client: APIRequestContext,
): Promise<Cookie> {
  const { cookies } = await client.storageState();
  const cookie = cookies.find((candidate) =>
    /(^|\.)session_token$/.test(candidate.name),
  );
  if (!cookie) throw new Error("Signing up set no Better Auth session cookie.");
  return cookie;
}

/** The session's token: the cookie's value before its signature. */
export function tokenOf(cookie: Cookie): string {
  return decodeURIComponent(cookie.value).split(".")[0];
}

/**
 * The same cookie with the first character of its signature changed. Not the
 * last: in base64 the last character before "=" carries bits the decoder
 * drops, so changing it can leave the signature valid.
 */
export function tampered(cookie: Cookie): string {
  const value = decodeURIComponent(cookie.value);
  const at = value.indexOf(".") + 1;
  const changed = value[at] === "A" ? "B" : "A";
  return `${cookie.name}=${encodeURIComponent(value.slice(0, at) + changed + value.slice(at + 1))}`;
}

export const cookieHeader = (cookie: Cookie) =>
  `${cookie.name}=${cookie.value}`;

// Next.js's streamed redirect, in the body of a page whose check ran after
// the response started: "NEXT_REDIRECT;replace;/login?next=…;307;".
const STREAMED_REDIRECT = /NEXT_REDIRECT;(?:replace|push);([^;"\\]*);307;/;

/**
 * What a visitor without a valid session must get: for an API route a 401;
 * for a page a redirect to sign-in, as a 307 or streamed. Either way the
 * answer holds nothing of `account`.
 */
export async function expectRefused(
  client: APIRequestContext,
  path: string,
  cookie: string | undefined,
  signInPath: string | null,
  account?: Account,
) {
  const response = await client.get(path, {
    headers: cookie ? { cookie } : {},
    maxRedirects: 0,
  });
  const body = await response.text();
  for (const secret of account ? [account.name, account.email] : []) {
    expect(body, `GET ${path} shows the account`).not.toContain(secret);
  }
  if (signInPath === null) {
    expect(response.status(), `GET ${path}`).toBe(401);
    return;
  }
  const target =
    response.status() === 307
      ? response.headers().location
      : STREAMED_REDIRECT.exec(body)?.[1];
  expect(
    target,
    `GET ${path} answered ${response.status()} with no redirect`,
  ).toBeTruthy();
  const location = new URL(target!, "http://app.test");
  expect(location.pathname, `GET ${path} redirects to`).toBe(signInPath);
}

/** A valid session gets the page or the data: a 200 with no redirect, sent or streamed. */
export async function expectAnswered(
  client: APIRequestContext,
  path: string,
  cookie: string,
) {
  const response = await client.get(path, {
    headers: { cookie },
    maxRedirects: 0,
  });
  expect(response.status(), `GET ${path} with a valid session`).toBe(200);
  expect(
    STREAMED_REDIRECT.exec(await response.text())?.[1],
    `GET ${path} with a valid session streams a redirect`,
  ).toBeUndefined();
}

/**
 * Fills and submits a form in a signed-in browser, and returns the Server
 * Action request it sends without letting it reach the app.
 */
export async function captureAction(
  page: Page,
  action: AuthKitConfig["actions"][number],
  marker: string,
): Promise<Request> {
  let captured: (request: Request) => void;
  const sent = new Promise<Request>((resolve) => (captured = resolve));
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured(request);
      await route.abort();
    } else await route.continue();
  });
  await page.goto(action.page);
  for (const [label, value] of Object.entries(action.fill)) {
    await page.getByLabel(label).fill(value.replace("{marker}", marker));
  }
  await page.getByRole("button", { name: action.submit }).click();
  const request = await sent;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return request;
}

/** Sends a captured Server Action request again, with the cookie and Origin given. */
export async function replay(
  baseURL: string,
  request: Request,
  headers: { cookie?: string; origin: string },
) {
  const client = await requests.newContext({ baseURL });
  const sentHeaders = request.headers();
  const kept = [
    "next-action",
    "content-type",
    "accept",
    "next-router-state-tree",
  ];
  const response = await client.post(new URL(request.url()).pathname, {
    headers: {
      ...Object.fromEntries(
        kept.map((name) => [name, sentHeaders[name] ?? ""]),
      ),
      ...headers,
    },
    data: request.postDataBuffer() ?? "",
    maxRedirects: 0,
  });
  await client.dispose();
  return response.status();
}

/** Whether the page, opened in `context`, shows `marker`. */
export async function shows(
  context: BrowserContext,
  path: string,
  marker: string,
): Promise<boolean> {
  const response = await context.request.get(path);
  return (await response.text()).includes(marker);
}
