"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionStatus } from "@/components/action-status";

type TeamAction = (
  previous: ActionState,
  formData: FormData,
) => Promise<ActionState>;

// Every team form is one button (plus fields) bound to one Server Action,
// with the action's answer read out in a status line. Works without JavaScript.
export function TeamActionForm(props: {
  action: TeamAction;
  submitLabel: ReactNode;
  hidden?: Record<string, string>;
  children?: ReactNode;
  testId?: string;
  variant?: "primary" | "danger";
}) {
  const [state, formAction, pending] = useActionState(props.action, null);
  return (
    <form action={formAction} className="team-form" data-testid={props.testId}>
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.children}
      <button
        type="submit"
        className={`button ${props.variant === "danger" ? "button-danger" : ""}`}
        disabled={pending}
      >
        {props.submitLabel}
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
