import { defineConfig } from "prisma/config";
import { databaseUrl } from "./prisma/database-url";

// Prisma's CLI looks for its native schema engine first, and that binary's
// download host is out of reach here. /bin/false makes `prisma migrate` fail
// loudly instead of hanging; migrations run through scripts/migrate.ts, which
// uses Prisma's WASM schema engine. Never use /bin/true: `migrate deploy` then
// reports success without applying anything.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: databaseUrl() },
});
