// The data access layer: the one module that reads the session and the
// user's data. Pages, Server Actions and Route Handlers ask it, never auth.api
// or prisma directly, so every read is checked the same way and hands back
// only fields that are safe to render or send.
import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

/** What the rest of the app may know about the signed-in user. */
export type UserDTO = { id: string; name: string; email: string };

/** One of the user's sessions, without its token. */
export type SessionDTO = {
  current: boolean;
  createdAt: Date;
  expiresAt: Date;
  userAgent: string | null;
};

// Who is asking, or null. cache(): one database lookup per request, however
// many components call it. session.user is the whole user row and
// session.session holds the token, so neither leaves this function.
export const verifySession = cache(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email } = session.user;
  const user: UserDTO = { id, name, email };
  return { user, sessionId: session.session.id };
});

/** For pages: the signed-in user, or a redirect to sign in and come back. */
export async function requireUser(returnTo: string): Promise<UserDTO> {
  const verified = await verifySession();
  if (!verified) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return verified.user;
}

/** The signed-in user's live sessions (devices), or null when signed out. */
export async function listMySessions(): Promise<SessionDTO[] | null> {
  const verified = await verifySession();
  if (!verified) return null;
  // The user id comes from the verified session, never from the request.
  // select names every column that is read: the token is not one of them.
  const rows = await prisma.session.findMany({
    where: { userId: verified.user.id, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, expiresAt: true, userAgent: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ id, ...row }) => ({
    ...row,
    current: id === verified.sessionId,
  }));
}

/** Signs the user out on every other device. False when nobody is signed in. */
export async function revokeMyOtherSessions(): Promise<boolean> {
  if (!(await verifySession())) return false;
  try {
    // Through Better Auth rather than prisma.session.deleteMany: it also clears
    // the sessions from secondary storage when one is configured.
    await auth.api.revokeOtherSessions({ headers: await headers() });
    return true;
  } catch (error) {
    // It reads the session from the database again: with the cookie cache on,
    // a session revoked a moment ago passes verifySession() and fails here.
    if (isAPIError(error)) return false;
    throw error;
  }
}
