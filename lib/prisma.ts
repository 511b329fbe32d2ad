import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlClient } from "@/lib/generated/prisma-postgresql/client";
import { databaseUrl, providerOf } from "@/prisma/database-url";

// DATABASE_URL picks the database: an SQLite file (the default), or a
// PostgreSQL server for several instances. Each has a client generated from
// the same models (prisma/schema.prisma), so the rest of the app sees one type.
export const databaseProvider = providerOf(databaseUrl()) ?? "sqlite";

function createClient(): PrismaClient {
  const url = databaseUrl();
  if (databaseProvider === "postgresql") {
    // A pool per instance: max is this process's share of the server's connections.
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    return new PostgresqlClient({ adapter }) as unknown as PrismaClient;
  }
  // timeout: how long a write waits for another to finish before failing with
  // "database is locked" (the file is in WAL mode; see scripts/migrate.ts).
  const adapter = new PrismaBetterSqlite3({ url, timeout: 10_000 });
  return new PrismaClient({ adapter });
}

// One client per server process. In development Next.js re-evaluates modules
// on every edit, so the client is kept on globalThis instead of opening a new
// connection each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
