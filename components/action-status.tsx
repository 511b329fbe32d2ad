import type { ActionState } from "@/lib/action-state";

// The answer of one of the site's own forms, in a status line that screen
// readers announce when it changes; a refusal is styled as an error.
export function ActionStatus({ state }: { state: ActionState }) {
  return (
    <p role="status" className={state?.ok === false ? "form-error" : undefined}>
      {state?.message}
    </p>
  );
}
