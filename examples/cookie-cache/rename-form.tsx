"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";

type RenameFormProps = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** The form's accessible name, and the button's text. */
  label: string;
  id: string;
  currentName: string;
};

// On success the action redirects back to the page, which shows both names;
// only refusals come back as state.
export function RenameForm({
  action,
  label,
  id,
  currentName,
}: RenameFormProps) {
  const [state, formAction, pending] = useActionState(action, null);

  return (
    <form action={formAction} className="example-form" aria-label={label}>
      <label htmlFor={id}>New name</label>
      <input id={id} name="name" defaultValue={currentName} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : label}
      </button>
      <p role="status" className="form-error" data-testid={`${id}-result`}>
        {state?.message}
      </p>
    </form>
  );
}
