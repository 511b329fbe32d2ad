// prisma/schema.prisma is the one source of the data model. The PostgreSQL
// schema is made from it: only the provider and the generated client's
// folder differ. `npm run db:migration:new` rewrites it, and a unit test fails
// when the committed copy has drifted.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
export const SQLITE_SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const POSTGRESQL_SCHEMA_PATH = path.join(
  ROOT,
  "prisma/postgresql/schema.prisma",
);

const HEADER =
  "// Generated from prisma/schema.prisma by prisma/postgresql-schema.ts: edit that file, not this one.\n\n";

export function postgresqlSchema(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace(/(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(
      'output   = "../lib/generated/prisma"',
      'output   = "../../lib/generated/prisma-postgresql"',
    );
  if (
    !replaced.includes('"postgresql"') ||
    !replaced.includes("prisma-postgresql")
  ) {
    throw new Error(
      "prisma/schema.prisma no longer has the datasource or generator lines prisma/postgresql-schema.ts rewrites.",
    );
  }
  return HEADER + replaced;
}

export function writePostgresqlSchema(): string {
  const schema = postgresqlSchema(readFileSync(SQLITE_SCHEMA_PATH, "utf8"));
  writeFileSync(POSTGRESQL_SCHEMA_PATH, schema);
  return schema;
}
