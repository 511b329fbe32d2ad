// The cached-helper lesson shows how many times a request read the session
// from the database. This counts the real SQL that Prisma sends to SQLite,
// per request, so the number is measured, not claimed. Your app needs none of this.
//
// A session read is one SELECT on the session table; Better Auth then reads
// the session's user in a second query (Prisma 7 does not join them, even
// with advanced.database.joins on). Both are counted.
import { randomUUID } from "node:crypto";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
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

/** Wraps the driver adapter so every SELECT on the session and user tables is counted for the current request. */
export function countSessionReads<F extends SqlDriverAdapterFactory>(
  factory: F,
): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const connection = await connect();
    const queryRaw = connection.queryRaw.bind(connection);
    connection.queryRaw = (query) => {
      const readsSession = READS_SESSION_TABLE.test(query.sql);
      if (readsSession || READS_USER_TABLE.test(query.sql)) {
        const stats = requestStats();
        if (readsSession) stats.sessionReads++;
        stats.sessionQueries++;
      }
      return queryRaw(query);
    };
    return connection;
  };
  return factory;
}
