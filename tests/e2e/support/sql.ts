// Synchronous SQL on the run's database, for fixtures that prove what was (not)
// written. SQLite through better-sqlite3; PostgreSQL through Debian's psql, one
// process per query, so the tests keep one synchronous API on both. Write the
// SQL for both: quote camelCase names ("userId"), pass values as `?`.
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { providerOf } from "../../../prisma/database-url";

type Value = string | number;

type Sql = {
  get<T>(sql: string, ...params: Value[]): T | undefined;
  all<T>(sql: string, ...params: Value[]): T[];
  run(sql: string, ...params: Value[]): void;
  close(): void;
};

export function openSql(url: string): Sql {
  return providerOf(url) === "postgresql" ? postgresSql(url) : sqliteSql(url);
}

function sqliteSql(url: string): Sql {
  // Read-write: some tests age a session, as time would.
  const db = new Database(url.slice("file:".length), { fileMustExist: true });
  return {
    get: (sql, ...params) => db.prepare(sql).get(...params) as never,
    all: (sql, ...params) => db.prepare(sql).all(...params) as never,
    run: (sql, ...params) => void db.prepare(sql).run(...params),
    close: () => db.close(),
  };
}

/** psql's arguments and environment for a URL: the password goes in PGPASSWORD, never on the command line. */
function psqlTarget(url: string): { database: string; env: NodeJS.ProcessEnv } {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = "";
  return {
    database: target.href,
    env: { ...process.env, PGPASSWORD: password },
  };
}

function postgresSql(url: string): Sql {
  const { database, env } = psqlTarget(url);
  // psql quotes each :'pN' as a literal itself; nothing is pasted into the SQL.
  const psql = (sql: string, params: Value[]) => {
    let index = 0;
    const text = sql.replace(/\?/g, () => `:'p${++index}'`);
    if (index !== params.length) {
      throw new Error(
        `${params.length} values for ${index} placeholders in: ${sql}`,
      );
    }
    const variables = params.flatMap((value, i) => [
      "-v",
      `p${i + 1}=${value}`,
    ]);
    return execFileSync(
      "psql",
      [
        "-X",
        "-q",
        "-A",
        "-t",
        "-v",
        "ON_ERROR_STOP=1",
        ...variables,
        "-d",
        database,
      ],
      { input: text, encoding: "utf8", env },
    );
  };
  const rows = <T>(sql: string, params: Value[]): T[] =>
    JSON.parse(
      psql(`SELECT coalesce(json_agg(q), '[]'::json) FROM (${sql}) q;`, params),
    );
  return {
    get: (sql, ...params) => rows<never>(sql, params)[0],
    all: (sql, ...params) => rows(sql, params),
    run: (sql, ...params) => void psql(`${sql};`, params),
    close: () => {},
  };
}

/** Drops every table of a PostgreSQL database, for a run that starts from nothing. */
export function emptyPostgres(url: string) {
  const { database, env } = psqlTarget(url);
  execFileSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database], {
    input: "DROP SCHEMA public CASCADE; CREATE SCHEMA public;",
    encoding: "utf8",
    env,
  });
}
