import type { MetaRecord } from "nextra";
import { LESSONS } from "../lib/course/lessons";

// The sidebar reads as a course, top to bottom. The routes of app/ (the
// sign-in pages, the live examples) are added, hidden, by lib/docs/app-routes.ts.
const meta: MetaRecord = {
  index: "Introduction",
  setup: "Setup",
  // The numbered lessons come from the course list, with their titles.
  ...Object.fromEntries(LESSONS.map((lesson) => [lesson.slug, lesson.title])),
  "testing-auth": "Test auth like this guide does",
  "host-it-for-your-team": "Host it for your team",
  "how-this-guide-is-tested": "How this guide is tested",
};

export default meta;
