// Applies and creates Prisma migrations with Prisma's own WASM schema engine,
// through the site's own driver adapters: better-sqlite3 for an SQLite file,
// pg for PostgreSQL. Prisma's CLI would download a native engine binary
// first, which a machine without Prisma's binary host cannot do. The rows it
// writes to _prisma_migrations are the standard ones, so `prisma migrate
// deploy` on a machine with the native engine agrees.
//
//   tsx scripts/migrate.ts deploy        apply what the database's history has and the database lacks
//   tsx scripts/migrate.ts check         fail unless the history, replayed, gives schema.prisma exactly
//   tsx scripts/migrate.ts new <name>    write a migration from schema.prisma's changes, for both databases
//
// Each database has its own history, made from the one schema.prisma:
// prisma/migrations for SQLite, prisma/postgresql/migrations for PostgreSQL.
//
// It drives an internal Prisma API: @prisma/schema-engine-wasm and
// @prisma/driver-adapter-utils are pinned in package.json for that reason.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineModule from "@prisma/schema-engine-wasm/schema_engine_bg";
import type {
  MigrationList,
  SchemaEngine,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  databaseUrl,
  INVALID_POSTGRES_URL,
  postgresProblem,
  providerOf,
  unsupportedUrlMessage,
  type DatabaseProvider,
} from "../prisma/database-url";
import {
  POSTGRESQL_SCHEMA_PATH,
  writePostgresqlSchema,
} from "../prisma/postgresql-schema";

const ROOT = path.resolve(import.meta.dirname, "..");
const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
const POSTGRESQL_MIGRATIONS_DIR = path.join(
  ROOT,
  "prisma/postgresql/migrations",
);

/** Where each database's schema and migration history live. */
const HISTORIES: Record<
  DatabaseProvider,
  { schemaPath: string; migrationsDir: string }
> = {
  sqlite: { schemaPath: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR },
  postgresql: {
    schemaPath: POSTGRESQL_SCHEMA_PATH,
    migrationsDir: POSTGRESQL_MIGRATIONS_DIR,
  },
};
const FILTERS = { externalTables: [], externalEnums: [] };

class MigrationError extends Error {}

let wasmReady: Promise<void> | undefined;
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const jsPath =
      require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(jsPath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": engineModule,
    });
    engineModule.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

/** The SQLite file a `file:` URL names, relative to the working directory like Prisma does. */
function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new MigrationError(unsupportedUrlMessage(url));
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
    ? readdirSync(dir)
        .filter((name) => statSync(path.join(dir, name)).isDirectory())
        .sort()
    : [];
  return {
    baseDir: dir,
    shadowDbInitScript: "",
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
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

function providerOrThrow(url: string): DatabaseProvider {
  const provider = providerOf(url);
  if (!provider) throw new MigrationError(unsupportedUrlMessage(url));
  return provider;
}

function adapterFor(url: string): PrismaBetterSqlite3 | PrismaPg {
  if (providerOrThrow(url) === "sqlite") {
    return new PrismaBetterSqlite3({ url });
  }
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => readCharAsText(await connect());
  factory.connectToShadowDb = async () =>
    readCharAsText(await connectToPostgresShadow(url));
  return factory;
}

// The engine's introspection of a database (`check`) reads catalog columns
// of PostgreSQL's one-byte "char" type, which adapter-pg 7.10.0 has no
// mapping for. pg already returns them as strings: report them as text.
const PG_CHAR = 18;
const PG_TEXT = 25;
type PgConnection = Awaited<ReturnType<PrismaPg["connect"]>>;
function readCharAsText<C extends PgConnection>(connection: C): C {
  const io = connection as unknown as {
    performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[] }>;
  };
  const performIO = io.performIO.bind(io);
  io.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) {
      if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    }
    return result;
  };
  return connection;
}

// A database of its own for replaying the history (`check`). adapter-pg
// 7.10.0's own connectToShadowDb opens the shadow through the real database's
// connection string, which overrides the shadow's name, and drops it while
// its own pool still holds it open. Here the shadow's URL is the real one
// with another database name, and it is dropped after its pool has closed.
async function connectToPostgresShadow(url: string) {
  const database = `guide_shadow_${randomUUID().replaceAll("-", "")}`;
  const shadowUrl = new URL(url);
  shadowUrl.pathname = `/${database}`;
  const admin = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 5_000,
  });
  const dropShadow = async () => {
    await admin
      .query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      .catch(() => {});
    await admin.end().catch(() => {});
  };
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    const connection = await new PrismaPg({
      connectionString: shadowUrl.href,
    }).connect();
    const dispose = connection.dispose.bind(connection);
    connection.dispose = async () => {
      await dispose();
      await dropShadow();
    };
    return connection;
  } catch (error) {
    await dropShadow();
    throw error;
  }
}

async function withEngine<T>(
  url: string,
  use: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const connections: { dispose(): Promise<void> }[] = [];
  const adapter = withScriptSupport(adapterFor(url), connections);
  const { schemaPath } = HISTORIES[providerOrThrow(url)];
  const schema = readFileSync(schemaPath, "utf8");
  const engine = await engineModule.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
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

// The engine replays migration files through executeRaw, and both drivers run
// one statement per prepared query. A query with no arguments may hold
// several statements, so it goes through executeScript instead.
function withScriptSupport<F extends PrismaBetterSqlite3 | PrismaPg>(
  factory: F,
  opened: { dispose(): Promise<void> }[],
): F {
  type Connection = Awaited<ReturnType<F["connect"]>>;
  const wrap = (connection: Connection): Connection => {
    const executeRaw = connection.executeRaw.bind(connection);
    connection.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await connection.executeScript(query.sql);
      return 0;
    };
    // Closed by the engine or, after a failure, by withEngine: only once.
    const dispose = connection.dispose.bind(connection);
    let disposed: Promise<void> | undefined;
    connection.dispose = () => (disposed ??= dispose());
    opened.push(connection);
    return connection;
  };
  const connect = factory.connect.bind(factory) as () => Promise<Connection>;
  const connectToShadowDb = factory.connectToShadowDb.bind(
    factory,
  ) as () => Promise<Connection>;
  factory.connect = (async () => wrap(await connect())) as F["connect"];
  factory.connectToShadowDb = (async () =>
    wrap(await connectToShadowDb())) as F["connectToShadowDb"];
  return factory;
}

// The engine's errors end in a Rust backtrace: keep the sentence, add what to
// do. MIGRATE_DEBUG=1 keeps the whole text (the cause of a shadow database
// failure is below the first line).
function engineErrorMessage(error: unknown, url: string): string {
  const raw =
    typeof error === "object" && error && "message" in error
      ? String(error.message)
      : String(error);
  const message = process.env.MIGRATE_DEBUG ? raw : raw.split("\n")[0].trim();
  if (message === "file is not a database") {
    return `${url} is not a SQLite database. Point DATABASE_URL at a SQLite file, or at a new file name to create one.`;
  }
  return message;
}

/** Applies every migration the database lacks; returns their names (none on a second run). */
export async function deployMigrations(
  url = databaseUrl(),
  dir?: string,
): Promise<string[]> {
  const provider = providerOrThrow(url);
  const migrationsDir = dir ?? HISTORIES[provider].migrationsDir;
  if (provider === "sqlite") assertFolderExists(url);
  else await assertPostgresReachable(url);
  const migrationsList = readMigrations(migrationsDir);
  try {
    const { appliedMigrationNames } = await withEngine(url, (engine) =>
      engine.applyMigrations({ migrationsList, filters: FILTERS }),
    );
    if (provider === "sqlite") enableWriteAheadLog(url);
    return appliedMigrationNames;
  } catch (error) {
    const failed = await failedMigration(url);
    if (!failed || !(error instanceof MigrationError)) throw error;
    throw new MigrationError(
      `Migration ${failed} failed: ${error.message}. Fix ${path.relative(ROOT, path.join(migrationsDir, failed))}/migration.sql; ` +
        `the database keeps a failed row for it in _prisma_migrations, so delete that row (or the database) before running again.`,
    );
  }
}

/**
 * Throws unless the database's migration history, replayed into a shadow
 * database on the same server, gives exactly what its schema describes.
 */
async function checkMigrations(url = databaseUrl()): Promise<void> {
  const provider = providerOrThrow(url);
  const { schemaPath, migrationsDir } = HISTORIES[provider];
  if (provider === "postgresql") await assertPostgresReachable(url);
  const { stdout } = await withEngine(url, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...readMigrations(migrationsDir) },
      to: {
        tag: "schemaDatamodel",
        files: [
          { path: schemaPath, content: readFileSync(schemaPath, "utf8") },
        ],
      },
      script: true,
      exitCode: null,
      filters: FILTERS,
    }),
  );
  if (!isEmptyDiff(stdout)) {
    throw new MigrationError(
      `${path.relative(ROOT, migrationsDir)} does not give ${path.relative(ROOT, schemaPath)}; it lacks:\n${stdout}`,
    );
  }
}

function isEmptyDiff(script: string | null | undefined): boolean {
  return (
    !script ||
    script.trim() === "" ||
    /^-- This is an empty migration\.\s*$/.test(script.trim())
  );
}

// The engine's own answer to a server that is down is a long Rust error;
// one query first turns the common faults into a sentence.
async function assertPostgresReachable(url: string) {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new MigrationError(INVALID_POSTGRES_URL);
  }
  const client = new pg.Client({
    connectionString: target.href,
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new MigrationError(postgresProblem(error, url));
  } finally {
    await client.end().catch(() => {});
  }
}

// WAL lets readers go on while one request writes, which the site's many
// concurrent session reads need. The setting is stored in the file itself.
function enableWriteAheadLog(url: string) {
  const db = new Database(sqliteFilePath(url));
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

const FAILED_MIGRATION =
  'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NULL AND rolled_back_at IS NULL';

async function failedMigration(url: string): Promise<string | undefined> {
  if (providerOf(url) === "postgresql") {
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: 5_000,
    });
    try {
      await client.connect();
      const { rows } = await client.query<{ migration_name: string }>(
        FAILED_MIGRATION,
      );
      return rows[0]?.migration_name;
    } catch {
      return undefined;
    } finally {
      await client.end().catch(() => {});
    }
  }
  const db = new Database(sqliteFilePath(url), { fileMustExist: true });
  try {
    const row = db.prepare(FAILED_MIGRATION).get() as
      { migration_name: string } | undefined;
    return row?.migration_name;
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

/**
 * Writes <timestamp>_<name>/migration.sql into both histories for what
 * schema.prisma adds, and rewrites prisma/postgresql/schema.prisma. Returns
 * the SQLite folder, or null when nothing changed.
 */
async function createMigration(
  name: string,
  dirs = { sqlite: MIGRATIONS_DIR, postgresql: POSTGRESQL_MIGRATIONS_DIR },
) {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new MigrationError(
      `Name the migration in lower case with underscores, for example add_notes (got "${name}").`,
    );
  }
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const migrationsList = readMigrations(dirs.sqlite);
  // The engine needs a database to connect to; the diff itself uses an in-memory shadow.
  const { stdout: sqliteSql } = await withEngine("file::memory:", (engine) =>
    engine.diff({
      from: migrationsList.migrationDirectories.length
        ? { tag: "migrations", ...migrationsList }
        : { tag: "empty" },
      to: {
        tag: "schemaDatamodel",
        files: [{ path: SCHEMA_PATH, content: schema }],
      },
      script: true,
      exitCode: null,
      filters: FILTERS,
    }),
  );
  if (isEmptyDiff(sqliteSql)) return null;

  // The committed PostgreSQL schema is the state its history ends at, so the
  // new step is the difference between two schemas. The engine still wants a
  // server to connect to, though it reads nothing from it.
  const before = readFileSync(POSTGRESQL_SCHEMA_PATH, "utf8");
  const after = writePostgresqlSchema();
  const postgresqlSql = await withPostgresServer((url) =>
    withEngine(url, (engine) =>
      engine.diff({
        from: {
          tag: "schemaDatamodel",
          files: [{ path: POSTGRESQL_SCHEMA_PATH, content: before }],
        },
        to: {
          tag: "schemaDatamodel",
          files: [{ path: POSTGRESQL_SCHEMA_PATH, content: after }],
        },
        script: true,
        exitCode: null,
        filters: FILTERS,
      }),
    ),
  );

  const folderName = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
  writeMigration(
    dirs.postgresql,
    "postgresql",
    folderName,
    postgresqlSql.stdout ?? "",
  );
  return writeMigration(dirs.sqlite, "sqlite", folderName, sqliteSql ?? "");
}

// POSTGRES_URL names a server to use; without it, Debian's PostgreSQL is
// started in a temporary folder for the few seconds the diff takes.
async function withPostgresServer<T>(
  use: (url: string) => Promise<T>,
): Promise<T> {
  if (process.env.POSTGRES_URL) return use(process.env.POSTGRES_URL);
  const { startPostgres } = await import("./services");
  let server;
  try {
    server = startPostgres({
      dir: mkdtempSync(path.join(tmpdir(), "guide-migration-pg-")),
      port: 55400 + Math.floor(Math.random() * 90),
    });
  } catch (error) {
    throw new MigrationError(
      `Writing the PostgreSQL twin of a migration needs a PostgreSQL server: install Debian's postgresql, or set POSTGRES_URL to a server's postgres://… URL (${error instanceof Error ? error.message : error}).`,
    );
  }
  try {
    return await use(server.url("postgres"));
  } finally {
    server.stop();
  }
}

function writeMigration(
  dir: string,
  provider: DatabaseProvider,
  folderName: string,
  sql: string,
) {
  mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, "migration_lock.toml");
  if (!existsSync(lockPath)) {
    writeFileSync(lockPath, `provider = "${provider}"\n`);
  }
  const folder = path.join(dir, folderName);
  mkdirSync(folder);
  writeFileSync(path.join(folder, "migration.sql"), sql);
  return folder;
}

/** The database URL without its password, for what the script prints. */
function shownUrl(url = databaseUrl()): string {
  if (providerOf(url) !== "postgresql") return url;
  try {
    const shown = new URL(url);
    if (shown.password) shown.password = "***";
    shown.searchParams.delete("password");
    return shown.href;
  } catch {
    return "the PostgreSQL URL in DATABASE_URL";
  }
}

async function main(argv: string[]) {
  const [command, name] = argv;
  if (command === "deploy") {
    const applied = await deployMigrations();
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${shownUrl()}: ${applied.join(", ")}`
        : `${shownUrl()} is up to date: no migration to apply.`,
    );
  } else if (command === "check") {
    await checkMigrations();
    console.log(
      `The ${providerOf(databaseUrl())} migration history gives prisma/schema.prisma exactly (replayed on ${shownUrl()}).`,
    );
  } else if (command === "new" && name) {
    const folder = await createMigration(name);
    console.log(
      folder
        ? `Wrote ${path.relative(ROOT, folder)}/migration.sql and its PostgreSQL twin in prisma/postgresql/migrations`
        : "schema.prisma has no changes to migrate.",
    );
  } else {
    throw new MigrationError(
      "Usage: tsx scripts/migrate.ts deploy | check | new <name>",
    );
  }
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(
      `Migration failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
