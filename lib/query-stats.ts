// The cached-helper lesson shows how many times a request read the session
// from the database. This counts the real SQL that Prisma sends to the database,
// per request, so the number is measured, not claimed. Your app needs none of this.
//
// A session read is one SELECT on the session table; Better Auth then reads
// the session's user in a second query (Prisma 7 does not join them, even
// with advanced.database.joins on). Both are counted.
import { randomUUID } from "node:crypto";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapterFactory,
  SqlQuery,
} from "@prisma/driver-adapter-utils";
import { cache } from "react";

type RequestStats = {
  id: string;
  sessionReads: number;
  sessionQueries: number;
};

// One object per server render (React's request scope). Outside a render,
// for example in a route handler, every call gets a throwaway object.
export const requestStats = cache((): RequestStats => ({
  id: randomUUID(),
  sessionReads: 0,
  sessionQueries: 0,
}));

// Finished renders, kept briefly so the page can ask for its own numbers.
// On globalThis because Next.js bundles each route separately: the page that
// records and the route handler that answers have their own module copies.
const store = globalThis as unknown as {
  requestStats?: Map<string, RequestStats>;
};
const recent = (store.requestStats ??= new Map<string, RequestStats>());
const KEEP = 500;

export function publishRequestStats(stats: RequestStats) {
  recent.set(stats.id, stats);
  if (recent.size > KEEP) recent.delete(recent.keys().next().value!);
}

export function findRequestStats(id: string): RequestStats | undefined {
  return recent.get(id);
}

// SQLite names the schema "main", PostgreSQL "public": FROM "public"."session".
const readsTable = (table: string) =>
  new RegExp(
    `\\bfrom\\s+[\`"]?(?:(?:main|public)[\`"]?\\.)?[\`"]?${table}[\`"]?(?:\\s|$)`,
    "i",
  );
const READS_SESSION_TABLE = readsTable("session");
const READS_USER_TABLE = readsTable("user");

function countQuery(sql: string) {
  const readsSession = READS_SESSION_TABLE.test(sql);
  if (readsSession || READS_USER_TABLE.test(sql)) {
    const stats = requestStats();
    if (readsSession) stats.sessionReads++;
    stats.sessionQueries++;
  }
}

const COUNTED = Symbol.for("better-auth-guide.counted-queries");
// Every copy of this module counts: Next.js bundles each route with its own
// copy, whose meter reads its own requestStats(). Outside its route's render
// a copy counts into a throwaway object (see requestStats). In development an
// edit adds a copy each time; they count into throwaways until a restart.
const COUNTERS = Symbol.for("better-auth-guide.query-counters");
const shared = globalThis as unknown as {
  [COUNTERS]?: Set<(sql: string) => void>;
};
const counters = (shared[COUNTERS] ??= new Set());
counters.add(countQuery);

type Queryable = {
  queryRaw(query: SqlQuery): Promise<unknown>;
  [COUNTED]?: true;
};

/**
 * The prototype that holds queryRaw for every connection an adapter makes
 * (its connections and its transactions). Found through one connection that
 * never touches a server: an in-memory SQLite database, or a pg pool that
 * has not connected yet.
 */
async function queryableOf(
  factory: SqlDriverAdapterFactory,
): Promise<Queryable> {
  const connection = await factory.connect();
  let prototype = Object.getPrototypeOf(connection);
  while (prototype && !Object.hasOwn(prototype, "queryRaw")) {
    prototype = Object.getPrototypeOf(prototype);
  }
  await connection.dispose();
  if (!prototype) {
    throw new Error(
      `${factory.adapterName}'s connections have no queryRaw: lib/query-stats.ts cannot count this adapter's queries.`,
    );
  }
  return prototype;
}

// Counted from outside lib/prisma.ts, which stays the file a reader copies:
// queryRaw is wrapped once per process on the driver adapters' own
// prototypes, so every connection lib/prisma.ts opens, before or after this
// module loads, is counted. Top-level await: the routes that show the count
// import this module, so it is done before their first render.
for (const factory of [
  new PrismaBetterSqlite3({ url: ":memory:" }),
  new PrismaPg({ connectionString: "postgres://127.0.0.1/never-connected" }),
]) {
  const queryable = await queryableOf(factory);
  if (queryable[COUNTED]) continue;
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = function (this: Queryable, query: SqlQuery) {
    for (const count of counters) count(query.sql);
    return queryRaw.call(this, query);
  };
  queryable[COUNTED] = true;
}
