"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/prisma";
import { checkNoteInput } from "@/lib/validation";
import type { ActionState } from "@/lib/action-state";

// `values` hands back what the reader typed when the action refuses it:
// React resets the form after every action, so it would be lost otherwise.
export type NoteFormState = ActionState<{
  values?: { title: string; body: string };
}>;

const SIGNED_OUT =
  "You are signed out, so nothing was changed. Sign in and try again.";
// The same answer for a note that doesn't exist and for someone else's:
// telling them apart would confirm that the other note exists.
const NO_SUCH_NOTE = "You have no note with that id, so nothing was changed.";

async function currentUserId(): Promise<string | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  return session?.user.id ?? null;
}

export async function createNote(
  _previous: NoteFormState,
  formData: FormData,
): Promise<NoteFormState> {
  const userId = await currentUserId();
  if (!userId) return { ok: false, message: SIGNED_OUT };

  const note = checkNoteInput(formData.get("title"), formData.get("body"));
  if (!note.ok) {
    return { ok: false, message: note.message, values: typedValues(formData) };
  }

  // The owner comes from the session. An ownerId field in the form would let
  // anyone file notes under anyone's name, so the form has none and any sent is ignored.
  await prisma.note.create({ data: { ...note.value, ownerId: userId } });
  // The list renders per request: re-render it in this answer.
  refresh();
  return { ok: true, message: `Added “${note.value.title}”.` };
}

export async function updateNote(
  _previous: NoteFormState,
  formData: FormData,
): Promise<NoteFormState> {
  const userId = await currentUserId();
  if (!userId) return { ok: false, message: SIGNED_OUT };

  // The id is input like any other: the reader can change it before sending.
  const id = formData.get("id");
  if (typeof id !== "string") return { ok: false, message: NO_SUCH_NOTE };
  const note = checkNoteInput(formData.get("title"), formData.get("body"));
  if (!note.ok) {
    return { ok: false, message: note.message, values: typedValues(formData) };
  }

  // Ownership is part of the write itself: one statement that matches only
  // the reader's own note. A separate "is it theirs?" read before writing by
  // id alone leaves a gap, and is easy to drop in the next edit.
  const { count } = await prisma.note.updateMany({
    where: { id, ownerId: userId },
    data: note.value,
  });
  if (count === 0) return { ok: false, message: NO_SUCH_NOTE };

  refresh();
  return { ok: true, message: "Saved." };
}

export async function deleteNote(
  _previous: NoteFormState,
  formData: FormData,
): Promise<NoteFormState> {
  const userId = await currentUserId();
  if (!userId) return { ok: false, message: SIGNED_OUT };

  const id = formData.get("id");
  if (typeof id !== "string") return { ok: false, message: NO_SUCH_NOTE };

  const { count } = await prisma.note.deleteMany({
    where: { id, ownerId: userId },
  });
  if (count === 0) return { ok: false, message: NO_SUCH_NOTE };

  // The note's page is gone: go back to the list, rendered afresh. redirect()
  // throws, so it comes after the write, outside any try/catch.
  redirect("/examples/authorization");
}

function typedValues(formData: FormData) {
  const text = (value: FormDataEntryValue | null) =>
    typeof value === "string" ? value : "";
  return {
    title: text(formData.get("title")),
    body: text(formData.get("body")),
  };
}
