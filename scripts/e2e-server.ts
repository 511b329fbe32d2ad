// Started by Playwright's webServer: a production build (`next build` +
// `next start`) on a fresh, migrated database made for this run: an SQLite
// file, or E2E_DATABASE_URL's PostgreSQL database, emptied first.
// E2E_SKIP_BUILD=1 reuses the last build while you iterate on tests only.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { emptyPostgres } from "../tests/e2e/support/sql";
import {
  BASE_URL,
  E2E_DATABASE_URL,
  E2E_DB_FILE,
  E2E_PORT,
  RUN_DIR,
} from "../tests/e2e/test-env";
import { providerOf } from "../prisma/database-url";
import { deployMigrations } from "./migrate";
import { newSecret } from "./next-server";

const env = {
  ...process.env,
  DATABASE_URL: E2E_DATABASE_URL,
  BETTER_AUTH_URL: BASE_URL,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || newSecret(),
  NEXT_TELEMETRY_DISABLED: "1",
  // The test runner stands where a proxy would: it connects from loopback and
  // names each test reader's address in X-Forwarded-For (tests/e2e/fixtures.ts).
  TRUSTED_PROXIES: "127.0.0.1",
};

mkdirSync(RUN_DIR, { recursive: true });
if (providerOf(E2E_DATABASE_URL) === "postgresql") {
  emptyPostgres(E2E_DATABASE_URL);
} else {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) {
    rmSync(E2E_DB_FILE + suffix, { force: true });
  }
}
await deployMigrations(E2E_DATABASE_URL);

if (process.env.E2E_SKIP_BUILD !== "1") {
  // npm run build, so that prebuild builds the search index first.
  const build = spawnSync("npm", ["run", "build"], { env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(
  "node_modules/.bin/next",
  ["start", "-H", "127.0.0.1", "-p", String(E2E_PORT)],
  { env, stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
