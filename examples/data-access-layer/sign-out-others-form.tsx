"use client";

// A client component may import the Server Action (the browser receives only
// a reference to call), but not ./dal: that module imports "server-only", and
// the build fails if it ends up in client code.
import { useActionState } from "react";
import { signOutOtherDevices } from "./actions";

export function SignOutOthersForm() {
  const [state, formAction, pending] = useActionState(
    signOutOtherDevices,
    null,
  );

  return (
    <form action={formAction} className="example-form">
      <button type="submit" disabled={pending}>
        {pending ? "Signing out…" : "Sign out other devices"}
      </button>
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
