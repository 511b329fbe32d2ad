"use client";

import { useActionState } from "react";
import {
  createNote,
  deleteNote,
  updateNote,
  type NoteFormState,
} from "./actions";

type Note = { id: string; title: string; body: string };

export function NewNoteForm() {
  const [state, formAction, pending] = useActionState(createNote, null);
  return (
    <form
      action={formAction}
      className="example-form"
      data-testid="new-note-form"
    >
      <NoteFields
        idPrefix="new-note"
        title={state?.values?.title ?? ""}
        body={state?.values?.body ?? ""}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add note"}
      </button>
      <Result state={state} />
    </form>
  );
}

export function EditNoteForm({ note }: { note: Note }) {
  const [state, formAction, pending] = useActionState(updateNote, null);
  return (
    <form
      action={formAction}
      className="example-form"
      data-testid="edit-note-form"
    >
      {/* Which note to change. The reader can edit this field like any other,
          so the action checks that the note is theirs before it writes. */}
      <input type="hidden" name="id" value={note.id} />
      <NoteFields
        idPrefix="edit-note"
        title={state?.values?.title ?? note.title}
        body={state?.values?.body ?? note.body}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save note"}
      </button>
      <Result state={state} />
    </form>
  );
}

export function DeleteNoteForm({ noteId }: { noteId: string }) {
  const [state, formAction, pending] = useActionState(deleteNote, null);
  return (
    <form
      action={formAction}
      className="example-form"
      data-testid="delete-note-form"
    >
      <input type="hidden" name="id" value={noteId} />
      <button type="submit" disabled={pending}>
        {pending ? "Deleting…" : "Delete note"}
      </button>
      <Result state={state} />
    </form>
  );
}

function NoteFields({
  idPrefix,
  title,
  body,
}: {
  idPrefix: string;
  title: string;
  body: string;
}) {
  return (
    <>
      <label htmlFor={`${idPrefix}-title`}>Title</label>
      <input id={`${idPrefix}-title`} name="title" defaultValue={title} />
      <label htmlFor={`${idPrefix}-body`}>Note</label>
      <textarea
        id={`${idPrefix}-body`}
        name="body"
        defaultValue={body}
        rows={4}
      />
    </>
  );
}

function Result({ state }: { state: NoteFormState }) {
  // role="status" reads the result out to screen readers.
  return (
    <p
      role="status"
      data-testid="action-result"
      className={state?.ok === false ? "form-error" : undefined}
    >
      {state?.message}
    </p>
  );
}
