// Fixtures for tests that need real accounts. Every test gets its own user,
// created through Better Auth's real HTTP endpoint in the run's database.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { normalizeIP } from "@better-auth/core/utils/ip";
import Database from "better-sqlite3";
import { BASE_URL, E2E_DB_FILE, RUN_DIR } from "./test-env";

export type Account = { id: string; name: string; email: string; password: string };
export type StoredNote = { id: string; title: string; body: string; ownerId: string };

type Fixtures = {
  /** A fresh user, signed up over HTTP; the browser context is not signed in. */
  account: Account;
  /** A fresh user, signed in: the page's context carries the session cookie. */
  signedIn: Account;
  /** Reads the run's database directly, to prove what was (not) written. */
  db: TestDatabase;
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
    const signUpContext = await playwright.request.newContext({ baseURL, extraHTTPHeaders });
    const account = await signUp(signUpContext, { name: `Reader ${randomUUID().slice(0, 8)}` });
    await signUpContext.dispose();
    await use(account);
  },
  // Signing up also signs in: doing it from the page's own context leaves the
  // session cookie there, and costs one password hash instead of two.
  signedIn: async ({ page }, use) => {
    await use(await signUp(page.context().request, { name: `Reader ${randomUUID().slice(0, 8)}` }));
  },
  db: async ({}, use) => {
    const db = new TestDatabase();
    await use(db);
    db.close();
  },
});

export { expect };

/**
 * For specs that only read: every test of a worker is signed in as the same
 * reader, signed up once and saved as Playwright storage state. Tests that
 * change or revoke a session use `signedIn` instead, so they never disturb
 * another test.
 */
export const readerTest = test.extend<{ reader: Account }, { readerState: { account: Account; file: string } }>({
  readerState: [
    async ({ playwright }, use, workerInfo) => {
      const context = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": testClientIp() } });
      const account = await signUp(context, { name: `Reader ${randomUUID().slice(0, 8)}` });
      const file = path.join(RUN_DIR, `reader-${workerInfo.parallelIndex}.json`);
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
  { name, email = `reader-${randomUUID()}@example.com`, password = "correct horse battery" }: Partial<Account>,
): Promise<Account> {
  const response = await request.post("/api/auth/sign-up/email", {
    data: { name, email, password },
    headers: { origin: BASE_URL },
  });
  expect(response.status(), await response.text()).toBe(200);
  const { user } = await response.json();
  return { id: user.id, name: user.name, email, password };
}

export class TestDatabase {
  // Read-write: some tests age a session, as time would. Nothing else is written here.
  private db = new Database(E2E_DB_FILE, { fileMustExist: true });

  userByEmail(email: string): { id: string; name: string; email: string } | undefined {
    return this.db.prepare("SELECT id, name, email FROM user WHERE email = ?").get(email) as never;
  }

  userById(id: string): { id: string; name: string; email: string } | undefined {
    return this.db.prepare("SELECT id, name, email FROM user WHERE id = ?").get(id) as never;
  }

  twoFactorEnabled(userId: string): boolean {
    const row = this.db.prepare('SELECT "twoFactorEnabled" AS enabled FROM "user" WHERE id = ?').get(userId) as { enabled: number | null };
    return row.enabled === 1;
  }

  /** How many session rows the user has, whatever the browser was given. */
  countSessions(userId: string): number {
    return (this.db.prepare("SELECT COUNT(*) AS count FROM session WHERE userId = ?").get(userId) as { count: number }).count;
  }

  note(id: string): StoredNote | undefined {
    return this.db.prepare("SELECT id, title, body, ownerId FROM note WHERE id = ?").get(id) as StoredNote | undefined;
  }

  notesOf(ownerId: string): StoredNote[] {
    return this.db.prepare("SELECT id, title, body, ownerId FROM note WHERE ownerId = ? ORDER BY createdAt").all(ownerId) as StoredNote[];
  }

  progress(userId: string, lesson: string): { answer: string | null; answerCorrect: number | null; completedAt: number | null } | undefined {
    return this.db.prepare("SELECT answer, answerCorrect, completedAt FROM lesson_progress WHERE userId = ? AND lesson = ?").get(userId, lesson) as never;
  }

  countProgressRows(userId: string): number {
    return (this.db.prepare("SELECT COUNT(*) AS count FROM lesson_progress WHERE userId = ?").get(userId) as { count: number }).count;
  }

  /** The team's members as "userId:role", oldest first. */
  teamMembers(teamId: string): string[] {
    const rows = this.db.prepare("SELECT userId, role FROM member WHERE organizationId = ? ORDER BY createdAt").all(teamId) as { userId: string; role: string }[];
    return rows.map((row) => `${row.userId}:${row.role}`);
  }

  memberId(teamId: string, userId: string): string {
    return (this.db.prepare("SELECT id FROM member WHERE organizationId = ? AND userId = ?").get(teamId, userId) as { id: string }).id;
  }

  inviteToken(teamId: string): string | undefined {
    return (this.db.prepare("SELECT token FROM team_invite_link WHERE organizationId = ?").get(teamId) as { token: string } | undefined)?.token;
  }

  /**
   * Makes every session of the user look `seconds` old, as time would: Better
   * Auth derives a session's age from its expiry (expiresAt - expiresIn).
   */
  ageSessions(userId: string, seconds: number, expiresInSeconds = 7 * 24 * 3600) {
    // In Prisma's own text form, so the row reads back as Prisma wrote it.
    const expiresAt = new Date(Date.now() + (expiresInSeconds - seconds) * 1000).toISOString().replace("Z", "+00:00");
    this.db.prepare("UPDATE session SET expiresAt = ? WHERE userId = ?").run(expiresAt, userId);
  }

  /** Moves the user's sign-in (the sessions' createdAt) `seconds` into the past: freshness counts from it. */
  backdateSignIn(userId: string, seconds: number) {
    const createdAt = new Date(Date.now() - seconds * 1000).toISOString().replace("Z", "+00:00");
    this.db.prepare("UPDATE session SET createdAt = ? WHERE userId = ?").run(createdAt, userId);
  }

  /** When the user's session runs out, as stored (ms since the epoch). */
  sessionExpiry(userId: string): number {
    const { expiresAt } = this.db.prepare("SELECT MAX(expiresAt) AS expiresAt FROM session WHERE userId = ?").get(userId) as { expiresAt: string | number };
    return typeof expiresAt === "number" ? expiresAt : Date.parse(expiresAt);
  }

  /** Moves every session of the user into the past, as if it had run out. */
  expireSessions(userId: string) {
    this.db.prepare("UPDATE session SET expiresAt = ? WHERE userId = ?").run(Date.now() - 60_000, userId);
  }

  /** The count Better Auth's per-address limit holds for this address and path, or undefined with no row. */
  rateLimitCount(address: string, path: string): number | undefined {
    const row = this.db.prepare('SELECT count FROM "rateLimit" WHERE key = ?').get(`${normalizeIP(address)}|${path}`) as { count: number } | undefined;
    return row?.count;
  }

  /** Lets Better Auth's 10-second per-address windows of this address run out, as time would. */
  endAddressRateLimit(address: string) {
    this.db.prepare('DELETE FROM "rateLimit" WHERE key LIKE ?').run(`${normalizeIP(address)}|%`);
  }

  close() {
    this.db.close();
  }
}
