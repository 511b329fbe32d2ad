"use client";

import { useActionState } from "react";
import { setLessonDone } from "@/lib/course/progress-actions";
import { ActionStatus } from "@/components/action-status";

// The action calls refresh(), so the page re-renders and `done` arrives fresh
// with the action's answer and the sidebar changes in the same response.
export function LessonDoneForm({
  lesson,
  done,
}: {
  lesson: string;
  done: boolean;
}) {
  const [state, formAction, pending] = useActionState(setLessonDone, null);
  return (
    <form action={formAction} className="lesson-done" data-testid="lesson-done">
      <input type="hidden" name="lesson" value={lesson} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      <button type="submit" className="button" disabled={pending}>
        {done ? "Mark as not done" : "Mark lesson done"}
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
