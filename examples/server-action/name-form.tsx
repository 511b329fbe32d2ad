"use client";

import { useActionState } from "react";
import { updateDisplayName } from "./actions";

export function NameForm({ currentName }: { currentName: string }) {
  const [state, formAction, pending] = useActionState(updateDisplayName, null);

  return (
    <form action={formAction} className="example-form">
      <label htmlFor="display-name">Display name</label>
      <input id="display-name" name="name" defaultValue={currentName} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save name"}
      </button>
      {/* role="status" reads the result out to screen readers. */}
      <p
        role="status"
        data-testid="action-result"
        className={state?.ok === false ? "form-error" : undefined}
      >
        {state?.message}
      </p>
    </form>
  );
}
