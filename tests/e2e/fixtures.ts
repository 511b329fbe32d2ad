// Fixtures for tests that need real accounts. Every test gets its own user,
// created through Better Auth's real HTTP endpoint in the run's database.
import { randomUUID } from "node:crypto";
import path from "node:path";
import {
  test as base,
  expect,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { normalizeIP } from "@better-auth/core/utils/ip";
import { openSql } from "./support/sql";
import { BASE_URL, E2E_DATABASE_URL, RUN_DIR } from "./test-env";

export type Account = {
  id: string;
  name: string;
  email: string;
  password: string;
};
type StoredNote = {
  id: string;
  title: string;
  body: string;
  ownerId: string;
};

/** Another reader: signed in, in a browser context of their own. */
export type Reader = {
  account: Account;
  context: BrowserContext;
  request: APIRequestContext;
  page: Page;
};

export type NewClient = (
  headers?: Record<string, string>,
) => Promise<APIRequestContext>;

type Fixtures = {
  /** A fresh user, signed up over HTTP; the browser context is not signed in. */
  account: Account;
  /** A fresh user, signed in: the page's context carries the session cookie. */
  signedIn: Account;
  /** Reads the run's database directly, to prove what was (not) written. */
  db: TestDatabase;
  /**
   * Signs up another real reader, with a client address of their own, in a
   * browser context of their own; closed when the test ends.
   */
  anotherReader: (name?: string) => Promise<Reader>;
  /**
   * A request context with no session and a client address of its own,
   * sending `headers` (a cookie, say) with every request; disposed when the
   * test ends.
   */
  newClient: NewClient;
};

export const test = base.extend<Fixtures>({
  // Better Auth rate-limits sign-in and sign-up per client IP (3 per 10 s).
  // Every test is a separate reader, so each one gets its own address, as
  // readers behind a proxy would. The addresses are from the IPv6
  // documentation range; Better Auth groups IPv6 by /64, so the random part
  // sits in the first 64 bits.
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-forwarded-for": testClientIp() });
  },
  // Signed up from a separate request context, so `request` and `page` stay signed out.
  account: async ({ playwright, baseURL, extraHTTPHeaders }, use) => {
    const signUpContext = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders,
    });
    const account = await signUp(signUpContext, {
      name: `Reader ${randomUUID().slice(0, 8)}`,
    });
    await signUpContext.dispose();
    await use(account);
  },
  // Signing up also signs in: doing it from the page's own context leaves the
  // session cookie there, and costs one password hash instead of two.
  signedIn: async ({ page }, use) => {
    await use(
      await signUp(page.context().request, {
        name: `Reader ${randomUUID().slice(0, 8)}`,
      }),
    );
  },
  db: async ({}, use) => {
    const db = new TestDatabase();
    await use(db);
    db.close();
  },
  anotherReader: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (name = `Reader ${randomUUID().slice(0, 8)}`) => {
      const context = await browser.newContext({
        baseURL: BASE_URL,
        extraHTTPHeaders: { "x-forwarded-for": testClientIp() },
      });
      contexts.push(context);
      const account = await signUp(context.request, { name });
      const page = await context.newPage();
      return { account, context, request: context.request, page };
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  newClient: async ({ playwright }, use) => {
    const clients: APIRequestContext[] = [];
    await use(async (headers = {}) => {
      const client = await playwright.request.newContext({
        baseURL: BASE_URL,
        extraHTTPHeaders: { "x-forwarded-for": testClientIp(), ...headers },
      });
      clients.push(client);
      return client;
    });
    await Promise.all(clients.map((client) => client.dispose()));
  },
});

export { expect };

/**
 * For specs that only read: every test of a worker is signed in as the same
 * reader, signed up once and saved as Playwright storage state. Tests that
 * change or revoke a session use `signedIn` instead, so they never disturb
 * another test.
 */
export const readerTest = test.extend<
  { reader: Account },
  { readerState: { account: Account; file: string } }
>({
  readerState: [
    async ({ playwright }, use, workerInfo) => {
      const context = await playwright.request.newContext({
        baseURL: BASE_URL,
        extraHTTPHeaders: { "x-forwarded-for": testClientIp() },
      });
      const account = await signUp(context, {
        name: `Reader ${randomUUID().slice(0, 8)}`,
      });
      const file = path.join(
        RUN_DIR,
        `reader-${workerInfo.parallelIndex}.json`,
      );
      await context.storageState({ path: file });
      await context.dispose();
      await use({ account, file });
    },
    { scope: "worker" },
  ],
  storageState: ({ readerState }, use) => use(readerState.file),
  reader: ({ readerState }, use) => use(readerState.account),
});

export function testClientIp(): string {
  const group = () => Math.floor(Math.random() * 0xffff).toString(16);
  return `2001:db8:${group()}:${group()}::1`;
}

export async function signUp(
  request: APIRequestContext,
  {
    name,
    email = `reader-${randomUUID()}@example.com`,
    password = "correct horse battery",
  }: Partial<Account>,
): Promise<Account> {
  const response = await request.post("/api/auth/sign-up/email", {
    data: { name, email, password },
    headers: { origin: BASE_URL },
  });
  expect(response.status(), await response.text()).toBe(200);
  const { user } = await response.json();
  return { id: user.id, name: user.name, email, password };
}

/** Signs an existing account in on this client, as from another device. */
export async function signIn(
  request: APIRequestContext,
  { email, password }: Pick<Account, "email" | "password">,
): Promise<void> {
  const response = await request.post("/api/auth/sign-in/email", {
    data: { email, password },
    headers: { origin: BASE_URL },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Signs the client's session out through Better Auth's own endpoint. */
export async function signOut(request: APIRequestContext): Promise<void> {
  const response = await request.post("/api/auth/sign-out", {
    data: {},
    headers: { origin: BASE_URL },
  });
  expect(response.status(), await response.text()).toBe(200);
}

// Stored dates as Prisma writes them: ISO text on both databases.
const storedDate = (ms: number) =>
  new Date(ms).toISOString().replace("Z", "+00:00");
// PostgreSQL's JSON gives timestamps without a zone; they are UTC.
const readDate = (value: string | number) =>
  typeof value === "number"
    ? value
    : Date.parse(/[Z+]|-\d\d:\d\d$/.test(value) ? value : `${value}Z`);
// SQLite stores booleans as 0 and 1, PostgreSQL as false and true: the tests compare 0 and 1.
const bit = (value: number | boolean | null) =>
  value === null ? null : Number(value);

export class TestDatabase {
  private sql = openSql(E2E_DATABASE_URL);

  userByEmail(
    email: string,
  ): { id: string; name: string; email: string } | undefined {
    return this.sql.get(
      'SELECT id, name, email FROM "user" WHERE email = ?',
      email,
    );
  }

  userById(
    id: string,
  ): { id: string; name: string; email: string } | undefined {
    return this.sql.get('SELECT id, name, email FROM "user" WHERE id = ?', id);
  }

  twoFactorEnabled(userId: string): boolean {
    const row = this.sql.get<{ enabled: number | boolean | null }>(
      'SELECT "twoFactorEnabled" AS enabled FROM "user" WHERE id = ?',
      userId,
    );
    return bit(row?.enabled ?? null) === 1;
  }

  /** How many session rows the user has, whatever the browser was given. */
  countSessions(userId: string): number {
    return Number(
      this.sql.get<{ count: number }>(
        'SELECT COUNT(*) AS count FROM "session" WHERE "userId" = ?',
        userId,
      )!.count,
    );
  }

  note(id: string): StoredNote | undefined {
    return this.sql.get(
      'SELECT id, title, body, "ownerId" FROM "note" WHERE id = ?',
      id,
    );
  }

  notesOf(ownerId: string): StoredNote[] {
    return this.sql.all(
      'SELECT id, title, body, "ownerId" FROM "note" WHERE "ownerId" = ? ORDER BY "createdAt"',
      ownerId,
    );
  }

  progress(
    userId: string,
    lesson: string,
  ):
    | {
        answer: string | null;
        answerCorrect: number | null;
        completedAt: number | string | null;
      }
    | undefined {
    const row = this.sql.get<{
      answer: string | null;
      answerCorrect: number | boolean | null;
      completedAt: number | string | null;
    }>(
      'SELECT answer, "answerCorrect", "completedAt" FROM "lesson_progress" WHERE "userId" = ? AND lesson = ?',
      userId,
      lesson,
    );
    return row && { ...row, answerCorrect: bit(row.answerCorrect) };
  }

  countProgressRows(userId: string): number {
    return Number(
      this.sql.get<{ count: number }>(
        'SELECT COUNT(*) AS count FROM "lesson_progress" WHERE "userId" = ?',
        userId,
      )!.count,
    );
  }

  /** The team's members as "userId:role", oldest first. */
  teamMembers(teamId: string): string[] {
    const rows = this.sql.all<{ userId: string; role: string }>(
      'SELECT "userId", role FROM "member" WHERE "organizationId" = ? ORDER BY "createdAt"',
      teamId,
    );
    return rows.map((row) => `${row.userId}:${row.role}`);
  }

  memberId(teamId: string, userId: string): string {
    return this.sql.get<{ id: string }>(
      'SELECT id FROM "member" WHERE "organizationId" = ? AND "userId" = ?',
      teamId,
      userId,
    )!.id;
  }

  inviteToken(teamId: string): string | undefined {
    return this.sql.get<{ token: string }>(
      'SELECT token FROM "team_invite_link" WHERE "organizationId" = ?',
      teamId,
    )?.token;
  }

  /**
   * Makes every session of the user look `seconds` old, as time would: Better
   * Auth derives a session's age from its expiry (expiresAt - expiresIn).
   */
  ageSessions(
    userId: string,
    seconds: number,
    expiresInSeconds = 7 * 24 * 3600,
  ) {
    this.sql.run(
      'UPDATE "session" SET "expiresAt" = ? WHERE "userId" = ?',
      storedDate(Date.now() + (expiresInSeconds - seconds) * 1000),
      userId,
    );
  }

  /** Moves the user's sign-in (the sessions' createdAt) `seconds` into the past: freshness counts from it. */
  backdateSignIn(userId: string, seconds: number) {
    this.sql.run(
      'UPDATE "session" SET "createdAt" = ? WHERE "userId" = ?',
      storedDate(Date.now() - seconds * 1000),
      userId,
    );
  }

  /** When the user's session runs out, as stored (ms since the epoch). */
  sessionExpiry(userId: string): number {
    const { expiresAt } = this.sql.get<{ expiresAt: string | number }>(
      'SELECT MAX("expiresAt") AS "expiresAt" FROM "session" WHERE "userId" = ?',
      userId,
    )!;
    return readDate(expiresAt);
  }

  /** Moves every session of the user into the past, as if it had run out. */
  expireSessions(userId: string) {
    this.sql.run(
      'UPDATE "session" SET "expiresAt" = ? WHERE "userId" = ?',
      storedDate(Date.now() - 60_000),
      userId,
    );
  }

  /** The count Better Auth's per-address limit holds for this address and path, or undefined with no row. */
  rateLimitCount(address: string, path: string): number | undefined {
    const row = this.sql.get<{ count: number }>(
      'SELECT "count" FROM "rateLimit" WHERE key = ?',
      `${normalizeIP(address)}|${path}`,
    );
    return row === undefined ? undefined : Number(row.count);
  }

  /** Lets Better Auth's 10-second per-address windows of this address run out, as time would. */
  endAddressRateLimit(address: string) {
    this.sql.run(
      'DELETE FROM "rateLimit" WHERE key LIKE ?',
      `${normalizeIP(address)}|%`,
    );
  }

  close() {
    this.sql.close();
  }
}
