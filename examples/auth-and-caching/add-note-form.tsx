"use client";

import { useActionState } from "react";
import { addNote } from "./actions";

export function AddNoteForm() {
  const [state, formAction, pending] = useActionState(addNote, null);
  return (
    <form action={formAction} className="example-form">
      <label htmlFor="new-note-title">New note</label>
      <input id="new-note-title" name="title" />
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add a note"}
      </button>
      <p
        role="status"
        data-testid="add-note-result"
        className={state?.ok === false ? "form-error" : undefined}
      >
        {state?.message}
      </p>
    </form>
  );
}
