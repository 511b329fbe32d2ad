"use client";

import { useActionState } from "react";
import { confirmEnrolment, startEnrolment, turnOff } from "./actions";

export function EnrolForm() {
  const [enrolment, start, starting] = useActionState(startEnrolment, null);

  if (!enrolment?.ok) {
    return (
      <form action={start} className="example-form">
        <label htmlFor="enrol-password">Your password</label>
        <input
          id="enrol-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <button type="submit" disabled={starting}>
          {starting ? "Checking…" : "Set up two-factor sign-in"}
        </button>
        <p role="status" data-testid="action-result" className="form-error">
          {enrolment?.message}
        </p>
      </form>
    );
  }
  return (
    <>
      <p>
        Add this key to your authenticator app (as a time-based key), or open
        the link on a phone that has one:
      </p>
      <p>
        <code data-testid="totp-secret">{enrolment.secret}</code> ·{" "}
        <a href={enrolment.totpURI}>Open in an authenticator app</a>
      </p>
      <p>
        Save these backup codes somewhere safe. Each signs you in once if you
        lose your phone; they are not shown again.
      </p>
      <ul className="backup-codes" data-testid="backup-codes">
        {enrolment.backupCodes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <ConfirmForm />
    </>
  );
}

function ConfirmForm() {
  const [state, confirm, pending] = useActionState(confirmEnrolment, null);
  return (
    <form action={confirm} className="example-form">
      <label htmlFor="confirm-code">The 6-digit code your app shows</label>
      <input
        id="confirm-code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        required
      />
      <button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Turn on two-factor sign-in"}
      </button>
      <p role="status" data-testid="confirm-result" className="form-error">
        {state?.message}
      </p>
    </form>
  );
}

export function TurnOffForm() {
  const [state, submit, pending] = useActionState(turnOff, null);
  return (
    <form action={submit} className="example-form">
      <label htmlFor="off-password">Your password</label>
      <input
        id="off-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <button type="submit" disabled={pending}>
        {pending ? "Turning off…" : "Turn off two-factor sign-in"}
      </button>
      <p role="status" data-testid="action-result" className="form-error">
        {state?.message}
      </p>
    </form>
  );
}
