import "server-only";
import { betterAuth } from "better-auth";
import { authOptions } from "@/lib/auth";

// Short on purpose, so you can watch a copy expire. Production apps pick
// minutes: as long as a stale name or a revoked session may keep passing.
export const COOKIE_CACHE_SECONDS = 30;

// lib/auth.ts's options (database, secret, cookies, the name hooks and
// nextCookies() last) with the session cookie cache on: getSession first
// tries a signed copy of the session kept in the session_data cookie, and
// reads the database only
// when there is none or it has expired. In your app, this is one line of
// your own lib/auth.ts. Here it is a second instance, used only by this
// folder's page and actions, so the rest of the guide stays uncached.
//
// The two instances agree on who is signed in: both look the session token
// up in the same table. lib/auth.ts, with the cache off, never reads
// session_data; when it can set cookies (its /api/auth routes, Server
// Actions, Route Handlers) it expires a session_data cookie it finds
// (better-auth 1.7.25, dist/api/routes/session.mjs: "sessionDataCookie &&
// !cookieCacheEnabled"). That only ends a copy early: this instance then
// reads the database and makes a new one.
export const authWithCookieCache = betterAuth({
  ...authOptions,
  session: {
    cookieCache: { enabled: true, maxAge: COOKIE_CACHE_SECONDS },
  },
});
