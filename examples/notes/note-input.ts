// The rules for a note, checked on the server by every action and handler
// that writes one. Each failure is a message the reader can act on.
import type { Checked } from "@/lib/validation";

export const TITLE_MAX_LENGTH = 120;
export const BODY_MAX_LENGTH = 10_000;

export type NoteInput = { title: string; body: string };

export function checkNoteInput(title: unknown, body: unknown): Checked<NoteInput> {
  // A form can send a file under any field name, and a JSON body a number.
  if (typeof title !== "string" || typeof body !== "string") {
    return { ok: false, message: "Send the title and the note as text." };
  }
  const trimmedTitle = title.trim();
  if (trimmedTitle === "") return { ok: false, message: "Give the note a title: it can't be empty or only spaces." };
  // Count characters as people see them, so "山田" or an emoji counts once.
  if ([...trimmedTitle].length > TITLE_MAX_LENGTH) {
    return { ok: false, message: `Use at most ${TITLE_MAX_LENGTH} characters for the title.` };
  }
  if ([...body].length > BODY_MAX_LENGTH) {
    return { ok: false, message: `Use at most ${BODY_MAX_LENGTH.toLocaleString("en")} characters for the note.` };
  }
  // The body is kept as typed: its line breaks and indentation are the reader's.
  return { ok: true, value: { title: trimmedTitle, body } };
}
