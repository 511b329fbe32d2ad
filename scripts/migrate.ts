// Applies and creates Prisma migrations with Prisma's own WASM schema engine,
// through the better-sqlite3 driver adapter. Prisma's CLI would download a
// native engine binary first, which a machine without Prisma's binary host
// cannot do. The rows it writes to _prisma_migrations are the standard ones,
// so `prisma migrate deploy` on a machine with the native engine agrees.
//
//   tsx scripts/migrate.ts deploy        apply what prisma/migrations has and the database lacks
//   tsx scripts/migrate.ts new <name>    write a migration from schema.prisma's changes
//
// It drives an internal Prisma API: @prisma/schema-engine-wasm and
// @prisma/driver-adapter-utils are pinned in package.json for that reason.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineModule from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { databaseUrl } from "../prisma/database-url";

const ROOT = path.resolve(import.meta.dirname, "..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
const FILTERS = { externalTables: [], externalEnums: [] };

export class MigrationError extends Error {}

let wasmReady: Promise<void> | undefined;
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(jsPath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineModule });
    engineModule.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

/** The SQLite file a `file:` URL names, relative to the working directory like Prisma does. */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new MigrationError(`DATABASE_URL must be a SQLite file URL such as file:./prisma/dev.db (got "${url}").`);
  }
  return path.resolve(url.slice("file:".length).split("?")[0]);
}

function assertFolderExists(url: string) {
  const folder = path.dirname(sqliteFilePath(url));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new MigrationError(
      `The folder for the database, ${folder}, does not exist. Create it, or set DATABASE_URL to a file in an existing folder.`,
    );
  }
}

function readMigrations(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = existsSync(dir)
    ? readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory()).sort()
    : [];
  return {
    baseDir: dir,
    shadowDbInitScript: "",
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

async function withEngine<T>(url: string, use: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const connections: { dispose(): Promise<void> }[] = [];
  const adapter = withScriptSupport(new PrismaBetterSqlite3({ url }), connections);
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const engine = await engineModule.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  try {
    return await use(engine);
  } catch (error) {
    throw new MigrationError(engineErrorMessage(error, url));
  } finally {
    engine.free();
    // A failed migration leaves its transaction open; closing releases the file.
    await Promise.all(connections.map((connection) => connection.dispose()));
  }
}

// The engine replays migration files through executeRaw, and better-sqlite3
// runs one statement per call. A query with no arguments may hold several
// statements, so it goes through executeScript instead.
function withScriptSupport(factory: PrismaBetterSqlite3, opened: { dispose(): Promise<void> }[]) {
  type Connection = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;
  const wrap = (connection: Connection): Connection => {
    const executeRaw = connection.executeRaw.bind(connection);
    connection.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await connection.executeScript(query.sql);
      return 0;
    };
    opened.push(connection);
    return connection;
  };
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => wrap(await connect());
  factory.connectToShadowDb = async () => wrap(await connectToShadowDb());
  return factory;
}

// The engine's errors end in a Rust backtrace: keep the sentence, add what to do.
function engineErrorMessage(error: unknown, url: string): string {
  const raw =
    typeof error === "object" && error && "message" in error ? String(error.message) : String(error);
  const message = raw.split("\n")[0].trim();
  if (message === "file is not a database") {
    return `${url} is not a SQLite database. Point DATABASE_URL at a SQLite file, or at a new file name to create one.`;
  }
  return message;
}

/** Applies every migration the database lacks; returns their names (none on a second run). */
export async function deployMigrations(url = databaseUrl(), dir = MIGRATIONS_DIR): Promise<string[]> {
  assertFolderExists(url);
  const migrationsList = readMigrations(dir);
  try {
    const { appliedMigrationNames } = await withEngine(url, (engine) =>
      engine.applyMigrations({ migrationsList, filters: FILTERS }),
    );
    useWriteAheadLog(url);
    return appliedMigrationNames;
  } catch (error) {
    const failed = failedMigration(url);
    if (!failed || !(error instanceof MigrationError)) throw error;
    throw new MigrationError(
      `Migration ${failed} failed: ${error.message}. Fix prisma/migrations/${failed}/migration.sql; ` +
        `the database keeps a failed row for it in _prisma_migrations, so delete that row (or the database file) before running again.`,
    );
  }
}

// WAL lets readers go on while one request writes, which the site's many
// concurrent session reads need. The setting is stored in the file itself.
function useWriteAheadLog(url: string) {
  const db = new Database(sqliteFilePath(url));
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

function failedMigration(url: string): string | undefined {
  const db = new Database(sqliteFilePath(url), { fileMustExist: true });
  try {
    const row = db
      .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL")
      .get() as { migration_name: string } | undefined;
    return row?.migration_name;
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql for what schema.prisma adds. */
export async function createMigration(name: string, dir = MIGRATIONS_DIR): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new MigrationError(`Name the migration in lower case with underscores, for example add_notes (got "${name}").`);
  }
  mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, "migration_lock.toml");
  if (!existsSync(lockPath)) writeFileSync(lockPath, 'provider = "sqlite"\n');
  const migrationsList = readMigrations(dir);
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  // The engine needs a database to connect to; the diff itself uses an in-memory shadow.
  const { stdout } = await withEngine("file::memory:", (engine) =>
    engine.diff({
      from: migrationsList.migrationDirectories.length ? { tag: "migrations", ...migrationsList } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    }),
  );
  if (!stdout || /^-- This is an empty migration\.\s*$/.test(stdout.trim()) || stdout.trim() === "") return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = path.join(dir, `${stamp}_${name}`);
  mkdirSync(folder);
  writeFileSync(path.join(folder, "migration.sql"), stdout);
  return folder;
}

async function main(argv: string[]) {
  const [command, name] = argv;
  if (command === "deploy") {
    const applied = await deployMigrations();
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${databaseUrl()}: ${applied.join(", ")}`
        : `${databaseUrl()} is up to date: no migration to apply.`,
    );
  } else if (command === "new" && name) {
    const folder = await createMigration(name);
    console.log(folder ? `Wrote ${path.relative(ROOT, folder)}/migration.sql` : "schema.prisma has no changes to migrate.");
  } else {
    throw new MigrationError("Usage: tsx scripts/migrate.ts deploy | new <name>");
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
