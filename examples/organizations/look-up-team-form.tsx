"use client";

import { useActionState } from "react";
import { lookUpTeam } from "./actions";

export function LookUpTeamForm() {
  const [state, formAction, pending] = useActionState(lookUpTeam, null);
  return (
    <form action={formAction} className="example-form" data-testid="form">
      <h2>Look up a team by its id</h2>
      <label htmlFor="team-id">
        Team id (the last part of a team page’s address)
      </label>
      <input id="team-id" name="teamId" required />
      <button type="submit" disabled={pending}>
        {pending ? "Looking up…" : "Look up"}
      </button>
      <p role="status" data-testid="action-result">
        {state?.ok
          ? `${state.name}: ${state.members} members.`
          : state?.message}
      </p>
    </form>
  );
}
