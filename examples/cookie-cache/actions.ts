"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { checkDisplayName } from "@/lib/validation";
import { authWithCookieCache } from "./auth-with-cookie-cache";
import type { ActionState } from "@/lib/action-state";

const PAGE = "/examples/cookie-cache";
const SIGNED_OUT: ActionState = {
  ok: false,
  message: "You are signed out, so nothing was changed. Sign in and try again.",
};

// Before a write, ask the database, never the cached copy: a session revoked
// a moment ago still has a valid copy in its cookie until the copy expires.
// Reading past the cache also writes a fresh copy, which nextCookies() sends.
async function currentSession(requestHeaders: Headers) {
  return authWithCookieCache.api.getSession({
    headers: requestHeaders,
    query: { disableCookieCache: true },
  });
}

// THE MISTAKE, kept to show what breaks: a write behind Better Auth's back.
// The database has the new name; the copy in the cookie keeps the old one.
export async function renameBehindBetterAuth(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const requestHeaders = await headers();
  const session = await currentSession(requestHeaders);
  if (!session) return SIGNED_OUT;
  const name = checkDisplayName(formData.get("name"));
  if (!name.ok) return { ok: false, message: name.message };

  await prisma.user.update({
    where: { id: session.user.id },
    data: { name: name.value },
  });
  redirect(PAGE);
}

// THE FIX: Better Auth writes the user and a new copy for this browser.
// Other browsers of the same user keep their copy until it expires.
export async function renameWithUpdateUser(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const requestHeaders = await headers();
  if (!(await currentSession(requestHeaders))) return SIGNED_OUT;
  const name = checkDisplayName(formData.get("name"));
  if (!name.ok) return { ok: false, message: name.message };

  try {
    await authWithCookieCache.api.updateUser({
      headers: requestHeaders,
      body: { name: name.value },
    });
  } catch (error) {
    // A sentence, never the Error: React strips its message in production.
    return {
      ok: false,
      message: isAPIError(error)
        ? error.message
        : "Saving failed. Try again in a moment.",
    };
  }
  // redirect(), not revalidatePath(): after an action Next.js re-renders with
  // the request's old Cookie header in headers(), so getSession would read
  // the copy this action replaced. The redirect renders with the new cookies.
  redirect(PAGE);
}

// A Server Component cannot set cookies, so the page itself only reads the
// copy. An action can: reading the session past the cache writes a new one.
export async function refreshCachedCopy() {
  await currentSession(await headers());
  redirect(PAGE);
}
