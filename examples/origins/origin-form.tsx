"use client";

import { useActionState } from "react";
import { checkThisPost } from "./actions";

export function OriginForm() {
  const [result, formAction, pending] = useActionState(checkThisPost, null);

  return (
    <form action={formAction} className="example-form" data-testid="form">
      <button type="submit" disabled={pending}>
        {pending ? "Posting…" : "Post this form to a Server Action"}
      </button>
      <p role="status" data-testid="action-result">
        {result
          ? `Next.js ran the action: Origin ${result.origin || "(none)"} names host ${result.host}. ` +
            (result.trustedByBetterAuth
              ? "Better Auth trusts this origin too."
              : "Better Auth does not trust this origin.")
          : null}
      </p>
    </form>
  );
}
