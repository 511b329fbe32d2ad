"use server";

import { refresh } from "next/cache";
import { revokeMyOtherSessions } from "./dal";
import type { ActionState } from "@/lib/action-state";

export async function signOutOtherDevices(): Promise<ActionState> {
  // A public POST endpoint, whatever the page checked: the DAL checks again.
  if (!(await revokeMyOtherSessions())) {
    return {
      ok: false,
      message:
        "You are signed out, so nothing was changed. Sign in and try again.",
    };
  }
  refresh();
  return { ok: true, message: "Signed out of every other device." };
}
