import "server-only";
import { randomUUID } from "node:crypto";
import { getIP } from "better-auth/api";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

// Better Auth rate-limits sign-in on its HTTP routes (/api/auth/*) only.
// auth.api.signInEmail() called from your own code skips that limiter, so an
// action that signs in must limit password guesses itself. This follows
// Better Auth's own rule for sign-in: 3 tries per 10 s per client address.
const WINDOW_MS = 10_000;
const MAX_TRIES = 3;

// Counted in the database table Better Auth's own limiter uses
// (rateLimit.storage: "database"), under a key of its own: every server of
// the site sees the same count, and a restart forgets nothing.
export async function tooManySignInAttempts(
  requestHeaders: Headers,
): Promise<boolean> {
  // The address Better Auth itself would count (lib/client-address.ts).
  // Requests without a trustworthy one share a bucket.
  const key = `${getIP(requestHeaders, auth.options) ?? "no-trusted-ip"}|sign-in-action`;
  const now = Date.now();
  // One statement adds this try to a window still open and reads the count
  // back. `lastRequest` holds when the window opened.
  const [open] = await prisma.rateLimit.updateManyAndReturn({
    where: { key, lastRequest: { gt: BigInt(now - WINDOW_MS) } },
    data: { count: { increment: 1 } },
    select: { count: true },
  });
  if (open) return open.count > MAX_TRIES;
  // No open window: this try opens one.
  await prisma.rateLimit.upsert({
    where: { key },
    create: { id: randomUUID(), key, count: 1, lastRequest: BigInt(now) },
    update: { count: 1, lastRequest: BigInt(now) },
  });
  return false;
}
