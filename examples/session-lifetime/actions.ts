"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";

import { auth } from "@/lib/auth";

export type SessionsState =
  | {
      ok: true;
      sessions: { userAgent: string; createdAt: string; current: boolean }[];
    }
  | { ok: false; message: string }
  | null;

// A sensitive read: every device the reader is signed in on. Better Auth's
// listSessions demands a fresh session (signed in less than freshAge ago),
// and answers SESSION_NOT_FRESH otherwise, however valid the session is.
export async function listMySessions(): Promise<SessionsState> {
  const requestHeaders = await headers();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) {
    return { ok: false, message: "You are signed out. Sign in and try again." };
  }

  try {
    const sessions = await auth.api.listSessions({ headers: requestHeaders });
    return {
      ok: true,
      sessions: sessions.map((each) => ({
        userAgent: each.userAgent || "Unknown device",
        createdAt: each.createdAt.toISOString(),
        current: each.id === session.session.id,
      })),
    };
  } catch (error) {
    if (isAPIError(error) && error.body?.code === "SESSION_NOT_FRESH") {
      return {
        ok: false,
        message:
          "You signed in more than a day ago. Sign in again to see your devices.",
      };
    }
    return {
      ok: false,
      message: "Listing your sessions failed. Try again in a moment.",
    };
  }
}
