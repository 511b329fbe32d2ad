"use server";

import { refresh } from "next/cache";
import { getUser } from "@/lib/session";
import { prisma } from "@/lib/prisma";
import { gradeAnswer } from "./checks";
import { findLesson } from "./lessons";
import type { ActionState } from "@/lib/action-state";

// The course's own writes follow lessons 2 and 3: each action reads the
// session through the cached helper itself (its page's check does not protect
// it), validates what the form sent, and returns errors as state.

type CheckAnswerState = ActionState<{
  correct?: boolean;
  explanation?: string;
  saved?: boolean;
}>;

export async function answerLessonCheck(
  _previous: CheckAnswerState,
  formData: FormData,
): Promise<CheckAnswerState> {
  const lesson = formData.get("lesson");
  const graded = gradeAnswer(lesson, formData.get("answer"));
  if (!graded.ok) return { ok: false, message: graded.message };

  // Anyone may check an answer; only a signed-in reader's answer is saved.
  const user = await getUser();
  const verdict = graded.correct ? "Correct." : "Not quite.";
  if (!user) {
    return {
      ok: true,
      correct: graded.correct,
      explanation: graded.explanation,
      saved: false,
      message: `${verdict} Sign in to save your answers and progress.`,
    };
  }
  const answer = String(formData.get("answer"));
  const data = {
    answer,
    answerCorrect: graded.correct,
    answeredAt: new Date(),
  };
  await prisma.lessonProgress.upsert({
    where: { userId_lesson: { userId: user.id, lesson: String(lesson) } },
    create: { userId: user.id, lesson: String(lesson), ...data },
    update: data,
  });
  refresh();
  return {
    ok: true,
    correct: graded.correct,
    explanation: graded.explanation,
    saved: true,
    message: `${verdict} Your answer is saved.`,
  };
}

export async function setLessonDone(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await getUser();
  if (!user) {
    return {
      ok: false,
      message:
        "You are signed out, so nothing was saved. Sign in and try again.",
    };
  }

  const lesson = findLesson(formData.get("lesson"));
  if (!lesson) {
    return {
      ok: false,
      message: "That lesson does not exist, so nothing was saved.",
    };
  }
  const done = formData.get("done");
  if (done !== "true" && done !== "false") {
    return { ok: false, message: "Send done as true or false." };
  }

  const completedAt = done === "true" ? new Date() : null;
  await prisma.lessonProgress.upsert({
    where: { userId_lesson: { userId: user.id, lesson: lesson.slug } },
    create: { userId: user.id, lesson: lesson.slug, completedAt },
    update: { completedAt },
  });
  // The sidebar, the lesson end and the landing page render the progress per
  // request: the action's answer carries them re-rendered. No prerendered
  // page changes, so none is revalidated.
  refresh();
  return {
    ok: true,
    message:
      done === "true"
        ? `Marked “${lesson.title}” done.`
        : `Marked “${lesson.title}” not done.`,
  };
}
