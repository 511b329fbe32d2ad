"use server";

import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/prisma";
import { checkNoteInput } from "@/lib/validation";
import { notesTag } from "./my-notes";
import type { ActionState } from "@/lib/action-state";

export async function addNote(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  // The action checks the session itself, as every Server Action must.
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    return {
      ok: false,
      message:
        "You are signed out, so nothing was saved. Sign in and try again.",
    };
  }

  const note = checkNoteInput(formData.get("title"), "");
  if (!note.ok) return { ok: false, message: note.message };

  await prisma.note.create({
    data: { ...note.value, ownerId: session.user.id },
  });
  // Expires this reader's entry now: the page this action re-renders reads
  // the notes afresh (read your own writes). Other readers' entries stay.
  updateTag(notesTag(session.user.id));
  return { ok: true, message: `Added “${note.value.title}”.` };
}
