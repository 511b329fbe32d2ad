// Runs before `npm run dev`: makes a development secret on first run and brings
// the SQLite database up to date, so a fresh clone needs no set-up.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { deployMigrations } from "./migrate";

// Next.js reads .env.development.local in `next dev` only, never in `next start`,
// and .gitignore keeps it out of commits.
const DEV_ENV_FILE = ".env.development.local";

function ensureDevSecret() {
  if (process.env.BETTER_AUTH_SECRET) return;
  const current = existsSync(DEV_ENV_FILE)
    ? readFileSync(DEV_ENV_FILE, "utf8")
    : "";
  if (/^BETTER_AUTH_SECRET=.+/m.test(current)) return;
  const line = `BETTER_AUTH_SECRET=${randomBytes(32).toString("base64")}\n`;
  appendFileSync(
    DEV_ENV_FILE,
    (current && !current.endsWith("\n") ? "\n" : "") + line,
  );
  console.log(
    `Created a development secret in ${DEV_ENV_FILE} (not committed).`,
  );
}

async function main() {
  ensureDevSecret();
  const applied = await deployMigrations();
  console.log(
    applied.length
      ? `Applied migrations: ${applied.join(", ")}`
      : "Database is up to date.",
  );
}

main().catch((error) => {
  console.error(
    `Set-up failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
