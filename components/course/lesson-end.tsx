import Link from "next/link";
import { Suspense } from "react";
import { publicCheck } from "@/lib/course/checks";
import type { Lesson } from "@/lib/course/lessons";
import { readerProgress } from "@/lib/course/progress";
import { formatDate } from "./format-date";
import { LessonCheckForm } from "./lesson-check-form";
import { LessonDoneForm } from "./lesson-done-form";
import "./course.css";

// The end of every lesson page (app/[[...mdxPath]]/page.tsx adds it): the
// lesson's check, then "mark done" for a signed-in reader, or an invitation
// to sign in. The question is part of the prerendered page; the reader's
// saved answer and progress stream in behind the boundary, rendered on the
// server, so the HTML holds them for a browser without JavaScript too.
export function LessonEnd({ lesson }: { lesson: Lesson }) {
  return (
    <section
      className="lesson-end"
      aria-labelledby="lesson-end-heading"
      data-testid="lesson-end"
    >
      <h2 id="lesson-end-heading">Check your understanding</h2>
      <p>
        Do what the question says with this lesson&apos;s live examples (on this
        page, or at <Link href={lesson.example}>{lesson.example}</Link>), then
        answer. The server checks your answer.
      </p>
      <Suspense fallback={<ReaderPart lesson={lesson} progress={undefined} />}>
        <ReaderLessonEnd lesson={lesson} />
      </Suspense>
    </section>
  );
}

async function ReaderLessonEnd({ lesson }: { lesson: Lesson }) {
  return <ReaderPart lesson={lesson} progress={await readerProgress()} />;
}

type Progress = Awaited<ReturnType<typeof readerProgress>>;

/** `progress` undefined: not known yet (the prerendered fallback); null: signed out. */
function ReaderPart({
  lesson,
  progress,
}: {
  lesson: Lesson;
  progress: Progress | undefined;
}) {
  const check = publicCheck(lesson.slug);
  const mine = progress?.lessons.find((entry) => entry.slug === lesson.slug);
  const next = encodeURIComponent(`/${lesson.slug}`);
  return (
    <>
      <LessonCheckForm
        lesson={lesson.slug}
        question={check.question}
        options={check.options}
        savedAnswer={mine?.answer ?? null}
      />
      {/* The same box in every state (min-height in site.css): nothing below moves when it arrives. */}
      <div className="lesson-end-reader" aria-busy={progress === undefined}>
        {progress === undefined ? null : progress && mine ? (
          <>
            {mine.answeredAt && (
              <p className="muted" data-testid="saved-answer">
                Your saved answer (
                {mine.answerCorrect ? "correct" : "not correct"}), from{" "}
                <time dateTime={mine.answeredAt.toISOString()}>
                  {formatDate(mine.answeredAt)}
                </time>
                , is selected above.
              </p>
            )}
            <div className="lesson-end-progress">
              <LessonDoneForm
                lesson={lesson.slug}
                done={mine.completedAt !== null}
              />
              <p className="muted">
                {progress.done} of {progress.total} lessons done.{" "}
                <Link href="/progress">My progress</Link>
              </p>
            </div>
          </>
        ) : (
          <p className="muted" data-testid="sign-in-to-save">
            You can read and answer everything signed out.{" "}
            <Link href={`/login?next=${next}`}>Sign in</Link> or{" "}
            <Link href={`/signup?next=${next}`}>create an account</Link> to save
            your progress.
          </p>
        )}
      </div>
    </>
  );
}
