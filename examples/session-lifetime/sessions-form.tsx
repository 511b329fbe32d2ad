"use client";

import { useActionState } from "react";
import { listMySessions } from "./actions";

export function SessionsForm() {
  const [state, formAction, pending] = useActionState(listMySessions, null);

  return (
    <form action={formAction} className="example-form">
      <button type="submit" disabled={pending}>
        {pending ? "Listing…" : "List the devices I am signed in on"}
      </button>
      <div role="status" data-testid="action-result">
        {state?.ok === false ? (
          <p className="form-error">{state.message}</p>
        ) : null}
        {state?.ok ? (
          <ul>
            {state.sessions.map((session) => (
              <li key={session.createdAt + session.userAgent}>
                {session.userAgent}, signed in{" "}
                {session.createdAt.slice(0, 16).replace("T", " ")} UTC
                {session.current ? " (this one)" : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
