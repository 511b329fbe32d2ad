import assert from "node:assert/strict";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import {
  POSTGRESQL_SCHEMA_PATH,
  postgresqlSchema,
  SQLITE_SCHEMA_PATH,
} from "../../prisma/postgresql-schema";
import { deployMigrations, MIGRATIONS_DIR } from "../../scripts/migrate";

const tmp = () => mkdtempSync(path.join(tmpdir(), "migrate-test-"));

test("applies every migration to an empty file, then nothing on a second run", async () => {
  const file = path.join(tmp(), "fresh.db");
  const first = await deployMigrations(`file:${file}`);
  assert.ok(
    first.length >= 1,
    "the first run applies the committed migrations",
  );
  assert.deepEqual(await deployMigrations(`file:${file}`), []);

  const db = new Database(file, { readonly: true });
  assert.equal(
    db.pragma("journal_mode", { simple: true }),
    "wal",
    "the file is in WAL mode",
  );
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
    .all()
    .map((row) => (row as { name: string }).name);
  for (const table of [
    "user",
    "session",
    "account",
    "verification",
    "_prisma_migrations",
  ]) {
    assert.ok(tables.includes(table), `${table} exists`);
  }
  const rows = db
    .prepare("SELECT migration_name, checksum FROM _prisma_migrations")
    .all() as { migration_name: string; checksum: string }[];
  assert.deepEqual(
    rows.map((row) => row.migration_name),
    first,
  );
  assert.ok(
    rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum)),
    "standard checksums",
  );
  db.close();
});

test("a broken migration fails loudly and names itself", async () => {
  const dir = tmp();
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  mkdirSync(path.join(dir, "29990101000000_broken"));
  writeFileSync(
    path.join(dir, "29990101000000_broken", "migration.sql"),
    "CREATE TABLE oops (;",
  );
  await assert.rejects(
    deployMigrations(`file:${path.join(tmp(), "db.db")}`, dir),
    /Migration 29990101000000_broken failed: .*syntax error/,
  );
});

test("set-up faults say what to do", async () => {
  await assert.rejects(
    deployMigrations(`file:${path.join(tmp(), "missing", "x.db")}`),
    /does not exist\. Create it/,
  );
  const notSqlite = path.join(tmp(), "notes.txt");
  writeFileSync(
    notSqlite,
    "this is not a database, just text that is long enough to have a header",
  );
  await assert.rejects(
    deployMigrations(`file:${notSqlite}`),
    /is not a SQLite database/,
  );
});

test("the PostgreSQL schema is made from schema.prisma, and the committed copy has not drifted", () => {
  const generated = postgresqlSchema(readFileSync(SQLITE_SCHEMA_PATH, "utf8"));
  assert.equal(
    readFileSync(POSTGRESQL_SCHEMA_PATH, "utf8"),
    generated,
    "run npm run db:migration:new <name> after changing prisma/schema.prisma",
  );
  assert.match(generated, /provider = "postgresql"/);
});

test("a DATABASE_URL of another kind is refused before anything is touched, without showing its password", async () => {
  await assert.rejects(
    deployMigrations("mysql://root:secret@db/guide"),
    (error: Error) => {
      assert.match(
        error.message,
        /must be an SQLite file URL .* or a PostgreSQL URL .*got one starting "mysql:"/,
      );
      assert.doesNotMatch(error.message, /secret/);
      return true;
    },
  );
  await assert.rejects(
    deployMigrations("postgres://guide:pw@127.0.0.1:1/guide"),
    /Cannot reach PostgreSQL at 127\.0\.0\.1:1: connection refused/,
  );
});
