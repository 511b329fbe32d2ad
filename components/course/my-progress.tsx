import Link from "next/link";
import { publicCheck } from "@/lib/course/checks";
import type { CourseProgress, LessonProgress } from "@/lib/course/progress";
import { ProgressBar } from "./course-sidebar";
import { formatDate } from "./format-date";
import "./course.css";

export function MyProgress({ progress }: { progress: CourseProgress }) {
  return (
    <main className="site-page" data-testid="my-progress">
      <h1>My progress</h1>
      <p>
        {progress.done} of {progress.total} lessons done. Dates are in UTC.
        Members of your <Link href="/teams">teams</Link> see this table too.
        <ProgressBar done={progress.done} total={progress.total} />
      </p>
      <ProgressTable lessons={progress.lessons} />
    </main>
  );
}

/** One row per lesson: shared by "My progress" and each member on a team page. */
export function ProgressTable({
  lessons,
  caption,
}: {
  lessons: LessonProgress[];
  caption?: string;
}) {
  return (
    <div className="data-table-scroll">
      <table className="data-table">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">Lesson</th>
            <th scope="col">Done</th>
            <th scope="col">Answer to the check</th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((lesson) => (
            <tr key={lesson.slug} data-lesson={lesson.slug}>
              <th scope="row">
                <Link href={`/${lesson.slug}`}>{lesson.title}</Link>
              </th>
              <td>
                {lesson.completedAt ? (
                  <DateCell date={lesson.completedAt} />
                ) : (
                  "Not yet"
                )}
              </td>
              <td>
                <AnswerCell lesson={lesson} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AnswerCell({ lesson }: { lesson: LessonProgress }) {
  if (!lesson.answer || !lesson.answeredAt) return <>Not answered</>;
  const label =
    publicCheck(lesson.slug).options.find(
      (option) => option.id === lesson.answer,
    )?.label ?? lesson.answer;
  return (
    <>
      “{label}”{" "}
      <strong>{lesson.answerCorrect ? "correct" : "not correct"}</strong>,{" "}
      <DateCell date={lesson.answeredAt} />
    </>
  );
}

function DateCell({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDate(date)}</time>;
}
