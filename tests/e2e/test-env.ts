// Where the end-to-end run's server listens and which database it uses. The
// Playwright config, the server script and the fixtures all read these.
// E2E_DATABASE_URL=postgres://… runs the suite on PostgreSQL (npm run test:scale).
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT || 3210);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const RUN_DIR = path.resolve(import.meta.dirname, "../../.test-run");
export const E2E_DB_FILE = path.join(RUN_DIR, "e2e.db");
export const E2E_DATABASE_URL =
  process.env.E2E_DATABASE_URL || `file:${E2E_DB_FILE}`;
