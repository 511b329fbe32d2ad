import Link from "next/link";
import { Suspense } from "react";
import { LESSONS } from "@/lib/course/lessons";
import { readerProgress, type CourseProgress } from "@/lib/course/progress";
import { ProgressBar } from "./course-sidebar";
import { formatDate } from "./format-date";
import "./course.css";

// The landing page's list of lessons, each with its live example and, for a
// signed-in reader, whether it is done. The list is prerendered; the reader's
// progress streams in behind the boundary.
export function CourseOverview() {
  return (
    <div className="course-overview" data-testid="course-overview">
      <Suspense fallback={<Overview progress={undefined} />}>
        <ReaderOverview />
      </Suspense>
    </div>
  );
}

async function ReaderOverview() {
  return <Overview progress={await readerProgress()} />;
}

/** `progress` undefined: not known yet (the prerendered fallback); null: signed out. */
function Overview({
  progress,
}: {
  progress: CourseProgress | null | undefined;
}) {
  return (
    <>
      {/* The same box in every state (min-height in site.css). */}
      <div
        className="course-overview-reader"
        aria-busy={progress === undefined}
      >
        {progress === undefined ? null : progress ? (
          <p>
            <strong>
              {progress.done} of {progress.total} lessons done.
            </strong>{" "}
            <Link href="/progress">My progress</Link> lists your answers;{" "}
            <Link href="/teams">Teams</Link> shows a team&apos;s progress.
            <ProgressBar done={progress.done} total={progress.total} />
          </p>
        ) : (
          <p>
            Everything is open to read.{" "}
            <Link href="/signup">Create an account</Link> or{" "}
            <Link href="/login">sign in</Link> to run the examples with your own
            session and save your progress.
          </p>
        )}
      </div>
      <ol className="course-overview-list">
        {(progress?.lessons ?? LESSONS).map((lesson) => {
          const completedAt =
            "completedAt" in lesson ? lesson.completedAt : null;
          return (
            <li key={lesson.slug} data-lesson={lesson.slug}>
              <Link href={`/${lesson.slug}`}>{lesson.title}</Link>
              {" · live at "}
              <Link href={lesson.example}>{lesson.example}</Link>
              {completedAt && (
                <span className="course-done">
                  {" · "}✓ done{" "}
                  <time dateTime={completedAt.toISOString()}>
                    {formatDate(completedAt)}
                  </time>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
