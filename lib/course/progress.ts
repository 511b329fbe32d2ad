import "server-only";
import { cache } from "react";
import { getUser } from "@/lib/session";
import { prisma } from "@/lib/prisma";
import { LESSONS, type Lesson } from "./lessons";

export type LessonProgress = Lesson & {
  completedAt: Date | null;
  /** The option id of the reader's last answer to the lesson's check. */
  answer: string | null;
  answerCorrect: boolean | null;
  answeredAt: Date | null;
};

export type CourseProgress = {
  lessons: LessonProgress[];
  done: number;
  total: number;
};

// The layout (sidebar), the page (landing list, lesson end) and the progress
// pages all ask during one request: cache() makes that one query.
export const progressOf = cache(
  async (userId: string): Promise<CourseProgress> => {
    const lessons = lessonsWith(
      await prisma.lessonProgress.findMany({ where: { userId } }),
    );
    return { lessons, done: countDone(lessons), total: lessons.length };
  },
);

type ProgressRow = {
  lesson: string;
  answer: string | null;
  answerCorrect: boolean | null;
  answeredAt: Date | null;
  completedAt: Date | null;
};

/** Every lesson, in course order, with the reader's row for it if there is one. */
export function lessonsWith(rows: ProgressRow[]): LessonProgress[] {
  const bySlug = new Map(rows.map((row) => [row.lesson, row]));
  return LESSONS.map((lesson) => {
    const row = bySlug.get(lesson.slug);
    return {
      ...lesson,
      completedAt: row?.completedAt ?? null,
      answer: row?.answer ?? null,
      answerCorrect: row?.answerCorrect ?? null,
      answeredAt: row?.answeredAt ?? null,
    };
  });
}

export function countDone(lessons: LessonProgress[]): number {
  return lessons.filter((lesson) => lesson.completedAt).length;
}

/** The signed-in reader's progress, or null for a signed-out reader. */
export const readerProgress = cache(
  async (): Promise<CourseProgress | null> => {
    const user = await getUser();
    return user ? progressOf(user.id) : null;
  },
);
