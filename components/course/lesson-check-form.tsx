"use client";

import { useActionState } from "react";
import { answerLessonCheck } from "@/lib/course/progress-actions";

type Option = { id: string; label: string };

// Radio buttons in a plain form: it works before JavaScript loads, and the
// server grades the answer (the correct one never reaches the browser).
export function LessonCheckForm(props: {
  lesson: string;
  question: string;
  options: readonly Option[];
  savedAnswer: string | null;
}) {
  const [state, formAction, pending] = useActionState(answerLessonCheck, null);
  return (
    <form
      action={formAction}
      className="lesson-check"
      data-testid="lesson-check"
    >
      <input type="hidden" name="lesson" value={props.lesson} />
      <fieldset>
        <legend>{props.question}</legend>
        {props.options.map((option) => (
          <label key={option.id} className="lesson-check-option">
            <input
              type="radio"
              name="answer"
              value={option.id}
              required
              defaultChecked={option.id === props.savedAnswer}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Checking…" : "Check answer"}
      </button>
      <div
        role="status"
        data-testid="lesson-check-result"
        className="lesson-check-result"
      >
        {state && (
          <>
            <p
              className={
                state.ok && state.correct
                  ? "lesson-check-correct"
                  : "lesson-check-wrong"
              }
            >
              {state.message}
            </p>
            {state.explanation && <p>{state.explanation}</p>}
          </>
        )}
      </div>
    </form>
  );
}
