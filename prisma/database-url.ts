// The one place that decides which database the site, the Prisma CLI and the
// migration script use. An SQLite file by default, with nothing to set up;
// DATABASE_URL picks another file, or a PostgreSQL server (postgres://…).
const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** Which database a URL names, or null for one the site cannot use. */
export function providerOf(url: string): DatabaseProvider | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

export function unsupportedUrlMessage(url: string): string {
  // The URL may hold a password: show only its scheme.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? url.slice(0, 12);
  return `DATABASE_URL must be an SQLite file URL such as file:./prisma/dev.db, or a PostgreSQL URL such as postgres://user:password@host:5432/guide (got one starting "${scheme}").`;
}

export const INVALID_POSTGRES_URL =
  "DATABASE_URL is not a valid PostgreSQL URL: expected postgres://user:password@host:5432/database.";

/** A sentence for why a PostgreSQL server could not be used, and what to do. */
export function postgresProblem(error: unknown, url: string): string {
  const target = new URL(url);
  const where = `${target.hostname}:${target.port || 5432}`;
  const database = decodeURIComponent(target.pathname.slice(1)) || "(none)";
  const { code, message } = (error ?? {}) as {
    code?: string;
    message?: string;
  };
  if (code === "ECONNREFUSED") {
    return `Cannot reach PostgreSQL at ${where}: connection refused. Start the server, or fix the host and port in DATABASE_URL.`;
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return `Cannot reach PostgreSQL at ${where}: no such host. Fix the host in DATABASE_URL.`;
  }
  if (code === "28P01" || code === "28000") {
    return `PostgreSQL at ${where} refused the user or password in DATABASE_URL: ${message}.`;
  }
  if (code === "3D000") {
    return `PostgreSQL at ${where} has no database "${database}". Create it first (createdb ${database}), then run npm run db:migrate.`;
  }
  if (/timeout/i.test(message ?? "")) {
    return `Cannot reach PostgreSQL at ${where}: no answer within 5 seconds. Check the host, the port and the firewall.`;
  }
  return `PostgreSQL at ${where} failed: ${message ?? String(error)}.`;
}
