import "server-only";
import { getCookieCache } from "better-auth/cookies";
import {
  authWithCookieCache,
  COOKIE_CACHE_SECONDS,
} from "./auth-with-cookie-cache";

export type CachedCopy = { madeAt: Date; expiresAt: Date };

// Reads the copy of the session in this request's session_data cookie, to
// show when it was made. getSession uses the same copy but does not say
// whether it came from the cookie or the database. Null: no valid copy.
export async function readCachedCopy(
  requestHeaders: Headers,
): Promise<CachedCopy | null> {
  const { secret, authCookies } = await authWithCookieCache.$context;
  // getCookieCache checks the signature, like getSession. It must be told
  // whether the cookie name has the __Secure- prefix (it does over https).
  const copy = await getCookieCache(requestHeaders, {
    secret,
    isSecure: authCookies.sessionData.name.startsWith("__Secure-"),
  });
  if (!copy) return null;
  return {
    madeAt: new Date(copy.updatedAt),
    expiresAt: new Date(copy.updatedAt + COOKIE_CACHE_SECONDS * 1000),
  };
}
