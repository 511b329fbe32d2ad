// The one place that decides which database the site, the Prisma CLI and the
// migration script use. SQLite file by default; DATABASE_URL picks another file.
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}
