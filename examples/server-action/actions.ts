"use server";

import { isAPIError } from "better-auth/api";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { checkDisplayName } from "@/lib/validation";
import type { ActionState } from "@/lib/action-state";

export async function updateDisplayName(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  // A Server Action is a public POST endpoint that anyone can call, whatever
  // the page around its form checked. So it checks the session itself.
  const requestHeaders = await headers();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) {
    return {
      ok: false,
      message:
        "You are signed out, so nothing was changed. Sign in and try again.",
    };
  }

  // FormData is whatever the client sent: it may be missing, a file, or huge.
  const name = checkDisplayName(formData.get("name"));
  if (!name.ok) return { ok: false, message: name.message };

  try {
    // Through Better Auth rather than prisma.user.update: it runs the auth
    // hooks and refreshes Better Auth's session cookie cache when that is on.
    await auth.api.updateUser({
      headers: requestHeaders,
      body: { name: name.value },
    });
  } catch (error) {
    // Return the failure as state: a thrown error would replace the page
    // with an error screen and lose what the reader typed.
    const message = isAPIError(error)
      ? error.message
      : "Saving failed. Try again in a moment.";
    return { ok: false, message };
  }

  // The name is in this page and the navbar, which render per request: the
  // action's answer carries them re-rendered. No cache holds the name, so
  // there is nothing to revalidate.
  refresh();
  return { ok: true, message: `Saved. Your name is now “${name.value}”.` };
}
