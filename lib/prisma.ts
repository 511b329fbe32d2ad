import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { countSessionReads } from "@/lib/query-stats";
import { databaseUrl } from "@/prisma/database-url";

function createClient() {
  // timeout: how long a write waits for another to finish before failing with
  // "database is locked" (the file is in WAL mode; see scripts/migrate.ts).
  const adapter = new PrismaBetterSqlite3({ url: databaseUrl(), timeout: 10_000 });
  // countSessionReads only counts queries for the guide's cached-helper lesson.
  return new PrismaClient({ adapter: countSessionReads(adapter) });
}

// One client per server process. In development Next.js re-evaluates modules
// on every edit, so the client is kept on globalThis instead of opening a new
// SQLite connection each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
