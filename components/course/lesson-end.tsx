import Link from "next/link";
import { publicCheck } from "@/lib/course/checks";
import type { Lesson } from "@/lib/course/lessons";
import { readerProgress } from "@/lib/course/progress";
import { formatDate } from "./format-date";
import { LessonCheckForm } from "./lesson-check-form";
import { LessonDoneForm } from "./lesson-done-form";

// The end of every lesson page (app/[[...mdxPath]]/page.tsx adds it): the
// lesson's check, then "mark done" for a signed-in reader, or an invitation
// to sign in. Everything here is rendered on the server with the progress.
export async function LessonEnd({ lesson }: { lesson: Lesson }) {
  const check = publicCheck(lesson.slug);
  const progress = await readerProgress();
  const mine = progress?.lessons.find((entry) => entry.slug === lesson.slug);
  const signInHref = `/login?next=${encodeURIComponent(`/${lesson.slug}`)}`;

  return (
    <section className="lesson-end" aria-labelledby="lesson-end-heading" data-testid="lesson-end">
      <h2 id="lesson-end-heading">Check your understanding</h2>
      <p>
        Do what the question says with this lesson&apos;s live examples (on this page, or at{" "}
        <Link href={lesson.example}>{lesson.example}</Link>), then answer. The server checks your answer.
      </p>
      <LessonCheckForm lesson={lesson.slug} question={check.question} options={check.options} savedAnswer={mine?.answer ?? null} />
      {mine?.answeredAt && (
        <p className="course-muted" data-testid="saved-answer">
          Your saved answer ({mine.answerCorrect ? "correct" : "not correct"}), from{" "}
          <time dateTime={mine.answeredAt.toISOString()}>{formatDate(mine.answeredAt)}</time>, is selected above.
        </p>
      )}
      {progress && mine ? (
        <div className="lesson-end-progress">
          <LessonDoneForm lesson={lesson.slug} done={mine.completedAt !== null} />
          <p className="course-muted">
            {progress.done} of {progress.total} lessons done. <Link href="/progress">My progress</Link>
          </p>
        </div>
      ) : (
        <p className="course-muted" data-testid="sign-in-to-save">
          You can read and answer everything signed out. <Link href={signInHref}>Sign in</Link> or{" "}
          <Link href={`/signup?next=${encodeURIComponent(`/${lesson.slug}`)}`}>create an account</Link> to save your
          progress.
        </p>
      )}
    </section>
  );
}
