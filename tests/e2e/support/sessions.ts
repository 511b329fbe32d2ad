// Counts a user's session rows in the run's database, to prove whether a
// sign-in stored a session, whatever the browser got.
import Database from "better-sqlite3";
import { E2E_DB_FILE } from "../test-env";

export function countSessions(userId: string): number {
  const db = new Database(E2E_DB_FILE, { fileMustExist: true });
  try {
    const row = db.prepare("SELECT COUNT(*) AS count FROM session WHERE userId = ?").get(userId) as { count: number };
    return row.count;
  } finally {
    db.close();
  }
}
