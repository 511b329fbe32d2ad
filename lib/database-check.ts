// Checked once when the server starts (instrumentation.ts): a database that
// is missing, not SQLite, or behind on migrations stops the server with a
// sentence that says what to run, instead of a stack trace on first request.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseUrl } from "@/prisma/database-url";

const MIGRATE = "npm run db:migrate";

export function refuseToStartOnDatabaseProblem() {
  const problem = databaseProblem();
  if (problem) {
    console.error(`\nThe site cannot start: ${problem}\n`);
    process.exit(1);
  }
}

export function databaseProblem(
  url = databaseUrl(),
  migrationsDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma/migrations"),
): string | null {
  if (!url.startsWith("file:")) return `DATABASE_URL must be a SQLite file URL such as file:./prisma/dev.db (got "${url}").`;
  const file = path.resolve(/*turbopackIgnore: true*/ url.slice("file:".length).split("?")[0]);
  const folder = path.dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return `The folder for the database, ${folder}, does not exist. Create it, or set DATABASE_URL to a file in an existing folder, then run ${MIGRATE}.`;
  }
  if (!existsSync(file)) return `There is no database at ${file} yet. Run ${MIGRATE} to create it.`;

  let applied: Set<string>;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
      const rows = hasTable
        ? (db.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as { migration_name: string }[])
        : [];
      applied = new Set(rows.map((row) => row.migration_name));
    } finally {
      db.close();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/not a database/i.test(reason)) {
      return `${file} is not a SQLite database. Point DATABASE_URL at a SQLite file, or at a new file name and run ${MIGRATE}.`;
    }
    return `Could not read the database at ${file}: ${reason}.`;
  }

  const missing = readdirSync(migrationsDir).filter((name) => statSync(path.join(migrationsDir, name)).isDirectory() && !applied.has(name));
  if (missing.length > 0) {
    return `The database at ${file} is behind: ${missing.length} migration(s) not applied (${missing.join(", ")}). Run ${MIGRATE}.`;
  }
  return null;
}
