"use client";

import Link from "next/link";
import { useActionState } from "react";
import { verifySignInCode } from "../actions";

export function VerifyForm({
  next,
  useBackupCode,
}: {
  next: string;
  useBackupCode: boolean;
}) {
  const [state, verify, pending] = useActionState(verifySignInCode, null);
  const other = `/examples/two-factor/verify?next=${encodeURIComponent(next)}${useBackupCode ? "" : "&method=backup-code"}`;

  return (
    <form action={verify} className="example-form">
      <input type="hidden" name="next" value={next} />
      <input
        type="hidden"
        name="method"
        value={useBackupCode ? "backup-code" : "totp"}
      />
      <label htmlFor="sign-in-code">
        {useBackupCode ? "Backup code" : "6-digit code"}
      </label>
      <input
        id="sign-in-code"
        name="code"
        autoComplete="one-time-code"
        inputMode={useBackupCode ? "text" : "numeric"}
        required
      />
      <button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Sign in"}
      </button>
      <p role="status" data-testid="action-result" className="form-error">
        {state?.message}
      </p>
      <p>
        <Link href={other}>
          {useBackupCode
            ? "Use the code from your app instead"
            : "Use a backup code instead"}
        </Link>
      </p>
    </form>
  );
}
