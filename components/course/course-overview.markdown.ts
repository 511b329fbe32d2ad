import { LESSONS } from "@/lib/course/lessons";
import { markdown, type WidgetMarkdown } from "@/lib/docs/markdown-kit";

/** The landing page's lesson list, without the reader's progress (the page shows it to a signed-in reader). */
export const CourseOverviewMarkdown: WidgetMarkdown = (
  _element,
  { origin, pageUrl },
) =>
  markdown(
    [
      ...LESSONS.map(
        ({ slug, title, example }, index) =>
          `${index + 1}. [${title}](${origin}/${slug}): live at [${example}](${origin}${example})`,
      ),
      "",
      `Signed in, [the page](${pageUrl}) also shows which lessons you have done.`,
    ].join("\n"),
  );
