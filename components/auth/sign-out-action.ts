"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";

// Signing out on the server: Better Auth deletes the session row, and
// nextCookies() turns its Set-Cookie into Next's response, clearing the cookie.
// The navbar needs no auth client in the browser for this.
export async function signOut() {
  await auth.api.signOut({ headers: await headers() });
  // The navbar and the progress render per request: re-render them in this answer.
  refresh();
}
