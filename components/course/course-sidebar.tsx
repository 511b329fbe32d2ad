import type { PageMapItem } from "nextra";
import Link from "next/link";
import { Suspense } from "react";
import { LESSONS } from "@/lib/course/lessons";
import { readerProgress } from "@/lib/course/progress";
import "./course.css";

const SUMMARY_NAME = "course-progress";
const LESSON_ROUTES = new Set<string>(
  LESSONS.map((lesson) => `/${lesson.slug}`),
);

// Nextra's sidebar is drawn from the page map. The layout passes it through
// here, and the titles it puts in are Server Components that read the
// reader's progress, so the first HTML already shows it: no flash of "not
// done" while the browser catches up. (They read it themselves instead of the
// layout reading it first: under `next dev`, a session read in the layout
// before <Layout> broke every MDX page.)
export function withCourseProgress(pageMap: PageMapItem[]): PageMapItem[] {
  const [first, ...items] = pageMap;
  if (!first || !("data" in first)) return pageMap;

  const meta = {
    data: { [SUMMARY_NAME]: { type: "separator" }, ...first.data },
  };
  const summary = {
    name: SUMMARY_NAME,
    route: "",
    title: (
      <Suspense fallback={<SummaryFallback />}>
        <ProgressSummary />
      </Suspense>
    ),
  };
  const lessons = items.map((item) => {
    if (
      !("route" in item) ||
      !LESSON_ROUTES.has(item.route) ||
      "children" in item
    ) {
      return item;
    }
    const title = String((item as { title?: string }).title);
    return {
      ...item,
      title: (
        <Suspense fallback={<LessonTitleText title={title} done={false} />}>
          <LessonTitle title={title} route={item.route} />
        </Suspense>
      ),
    };
  });
  return [meta, summary, ...lessons] as PageMapItem[];
}

async function LessonTitle({ title, route }: { title: string; route: string }) {
  const progress = await readerProgress();
  const done =
    progress?.lessons.some(
      (lesson) => `/${lesson.slug}` === route && lesson.completedAt,
    ) ?? false;
  return <LessonTitleText title={title} done={done} />;
}

function LessonTitleText({ title, done }: { title: string; done: boolean }) {
  return (
    <span className="course-sidebar-lesson" data-lesson-done={done}>
      {title}
      {/* Always there, hidden when not done, so the title keeps its width. */}
      <span aria-hidden="true" className="course-done-mark" data-shown={done}>
        ✓
      </span>
      {done && <span className="visually-hidden"> (done)</span>}
    </span>
  );
}

// Same box as the summary (its height is fixed in site.css), so the sidebar
// does not move when the reader's progress arrives.
function SummaryFallback() {
  return <span className="course-sidebar-summary" aria-hidden="true" />;
}

async function ProgressSummary() {
  const progress = await readerProgress();
  if (!progress) {
    return (
      <span className="course-sidebar-summary" data-testid="sidebar-progress">
        <Link href="/login">Sign in</Link> to save your progress.
      </span>
    );
  }
  return (
    <span className="course-sidebar-summary" data-testid="sidebar-progress">
      <Link href="/progress">My progress</Link>: {progress.done} of{" "}
      {progress.total} lessons done
      <ProgressBar done={progress.done} total={progress.total} />
      <Link href="/teams">Teams</Link>
    </span>
  );
}

export function ProgressBar({ done, total }: { done: number; total: number }) {
  // The text beside it says the same for screen readers.
  return (
    <span className="course-progress-bar" aria-hidden="true">
      <span style={{ width: `${Math.round((done / total) * 100)}%` }} />
    </span>
  );
}
