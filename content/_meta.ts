import type { MetaRecord } from "nextra";
import { LESSONS } from "../lib/course/lessons";

// The sidebar reads as a course, top to bottom. Routes of app/ that are not
// lessons (the sign-in pages, the live examples) are listed here as hidden,
// or Nextra would add them to the sidebar.
const meta: MetaRecord = {
  index: "Introduction",
  setup: "Setup",
  // The numbered lessons come from the course list, with their titles.
  ...Object.fromEntries(LESSONS.map((lesson) => [lesson.slug, lesson.title])),
  "testing-auth": "Test auth like this guide does",
  "how-this-guide-is-tested": "How this guide is tested",
  login: { display: "hidden" },
  progress: { display: "hidden" },
  teams: { display: "hidden" },
  signup: { display: "hidden" },
  // type "page" keeps the examples out of the lessons' previous/next links.
  examples: {
    type: "page",
    display: "hidden",
    theme: { sidebar: false, toc: false, breadcrumb: false, pagination: false },
  },
};

export default meta;
