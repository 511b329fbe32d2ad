// Checked once when the server starts (instrumentation.ts): a database that
// is missing, unreachable, of a kind the site cannot use, or behind on
// migrations stops the server with a sentence that says what to do, instead
// of a stack trace on the first request.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import {
  databaseUrl,
  INVALID_POSTGRES_URL,
  postgresProblem,
  providerOf,
  unsupportedUrlMessage,
} from "@/prisma/database-url";

const MIGRATE = "npm run db:migrate";
const APPLIED =
  'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL';

export async function refuseToStartOnDatabaseProblem() {
  const problem = await databaseProblem();
  if (problem) {
    console.error(`\nThe site cannot start: ${problem}\n`);
    process.exit(1);
  }
}

async function databaseProblem(
  url = databaseUrl(),
  root = /*turbopackIgnore: true*/ process.cwd(),
): Promise<string | null> {
  const provider = providerOf(url);
  if (!provider) return unsupportedUrlMessage(url);
  const history = path.join(
    /*turbopackIgnore: true*/ root,
    provider === "sqlite"
      ? "prisma/migrations"
      : "prisma/postgresql/migrations",
  );
  const applied =
    provider === "sqlite"
      ? sqliteMigrations(url)
      : await postgresMigrations(url);
  if (typeof applied === "string") return applied;

  const missing = readdirSync(/*turbopackIgnore: true*/ history).filter(
    (name) =>
      statSync(
        /*turbopackIgnore: true*/ path.join(
          /*turbopackIgnore: true*/ history,
          name,
        ),
      ).isDirectory() && !applied.has(name),
  );
  if (missing.length > 0) {
    return `The database is behind: ${missing.length} migration(s) not applied (${missing.join(", ")}). Run ${MIGRATE}.`;
  }
  return null;
}

/** The applied migrations' names, or a sentence saying why they cannot be read. */
function sqliteMigrations(url: string): Set<string> | string {
  const file = path.resolve(
    /*turbopackIgnore: true*/ url.slice("file:".length).split("?")[0],
  );
  const folder = path.dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return `The folder for the database, ${folder}, does not exist. Create it, or set DATABASE_URL to a file in an existing folder, then run ${MIGRATE}.`;
  }
  if (!existsSync(file)) {
    return `There is no database at ${file} yet. Run ${MIGRATE} to create it.`;
  }
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const hasTable = db
        .prepare(
          "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'",
        )
        .get();
      const rows = hasTable
        ? (db.prepare(APPLIED).all() as { migration_name: string }[])
        : [];
      return new Set(rows.map((row) => row.migration_name));
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
}

async function postgresMigrations(url: string): Promise<Set<string> | string> {
  let client: pg.Client;
  try {
    client = new pg.Client({
      connectionString: new URL(url).href,
      connectionTimeoutMillis: 5_000,
    });
  } catch {
    return INVALID_POSTGRES_URL;
  }
  try {
    await client.connect();
    const { rows: tables } = await client.query(
      "SELECT to_regclass('_prisma_migrations') AS name",
    );
    if (!tables[0].name) {
      return `The PostgreSQL database has no tables yet. Run ${MIGRATE} to create them.`;
    }
    const { rows } = await client.query<{ migration_name: string }>(APPLIED);
    return new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    return postgresProblem(error, url);
  } finally {
    await client.end().catch(() => {});
  }
}
