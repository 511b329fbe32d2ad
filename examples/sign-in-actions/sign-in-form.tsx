"use client";

import { useActionState } from "react";
import type { SignInState } from "./actions";

type SignInFormProps = {
  action: (previous: SignInState, formData: FormData) => Promise<SignInState>;
  /** Where to go after signing in. The action checks it again. */
  next: string;
};

export function SignInForm({ action, next }: SignInFormProps) {
  const [state, formAction, pending] = useActionState(action, null);

  // A plain form: it submits before JavaScript loads too. After an error React
  // resets the fields, so the email comes back from the action as defaultValue.
  return (
    <form action={formAction} className="example-form" aria-label="Sign in">
      <input type="hidden" name="next" value={next} />
      <label htmlFor="sign-in-email">Email</label>
      <input
        id="sign-in-email"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={state?.email}
      />
      <label htmlFor="sign-in-password">Password</label>
      <input
        id="sign-in-password"
        name="password"
        type="password"
        autoComplete="current-password"
      />
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      {/* role="status" reads the result out to screen readers. */}
      <p
        role="status"
        data-testid="sign-in-result"
        className={state ? "form-error" : undefined}
      >
        {state?.message}
      </p>
    </form>
  );
}
