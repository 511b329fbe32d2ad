import "server-only";
import { getIP } from "better-auth/api";
import { auth } from "@/lib/auth";

// Better Auth rate-limits sign-in on its HTTP routes (/api/auth/*) only.
// auth.api.signInEmail() called from your own code skips that limiter, so an
// action that signs in must limit password guesses itself. This follows
// Better Auth's own rule for sign-in: 3 tries per 10 s per client IP.
const WINDOW_MS = 10_000;
const MAX_TRIES = 3;

// Kept in this server process, like Better Auth's default memory storage.
// With several servers, keep the counts in a shared store (Redis, a table).
const tries = new Map<string, { count: number; windowStart: number }>();

export function tooManySignInAttempts(requestHeaders: Headers): boolean {
  // The IP Better Auth itself would use (X-Forwarded-For, or what
  // advanced.ipAddress says). Requests without a trustworthy IP share a bucket.
  const key = getIP(requestHeaders, auth.options) ?? "unknown";
  const now = Date.now();
  const entry = tries.get(key);
  if (!entry || now - entry.windowStart >= WINDOW_MS) {
    if (tries.size > 10_000) forgetOldWindows(now);
    tries.set(key, { count: 1, windowStart: now });
    return false;
  }
  entry.count += 1;
  return entry.count > MAX_TRIES;
}

function forgetOldWindows(now: number) {
  for (const [key, entry] of tries) if (now - entry.windowStart >= WINDOW_MS) tries.delete(key);
}
