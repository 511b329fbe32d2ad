// The course: the numbered lessons, in order. The sidebar (content/_meta.ts),
// the landing page, the progress pages and the lesson checks all read this
// list, so a lesson is added or renamed here once.
export const LESSONS = [
  {
    slug: "server-component",
    title: "1. Server Component",
    example: "/examples/server-component",
  },
  {
    slug: "cached-helper",
    title: "2. Cached session helper",
    example: "/examples/cached-helper",
  },
  {
    slug: "server-action",
    title: "3. Protected Server Action",
    example: "/examples/server-action",
  },
  {
    slug: "route-handler",
    title: "4. Protected Route Handler",
    example: "/api/user",
  },
  {
    slug: "proxy",
    title: "5. Guard many routes with proxy.ts",
    example: "/examples/proxy",
  },
  {
    slug: "data-access-layer",
    title: "6. A data access layer",
    example: "/examples/data-access-layer",
  },
  {
    slug: "authorization",
    title: "7. Authorization",
    example: "/examples/authorization",
  },
  {
    slug: "sign-in-actions",
    title: "8. Sign in and out from Server Actions",
    example: "/examples/sign-in-actions",
  },
  {
    slug: "cookie-cache",
    title: "9. The session cookie cache",
    example: "/examples/cookie-cache",
  },
  {
    slug: "client-server-sync",
    title: "10. Keeping client and server in step",
    example: "/examples/client-server-sync",
  },
  {
    slug: "auth-and-caching",
    title: "11. Auth and caching in Next.js 16",
    example: "/examples/auth-and-caching",
  },
  {
    slug: "session-lifetime",
    title: "12. Session lifetime and refresh",
    example: "/examples/session-lifetime",
  },
  {
    slug: "origins",
    title: "13. Origins, URLs and client addresses",
    example: "/examples/origins",
  },
  {
    slug: "two-factor",
    title: "14. Two-factor sign-in from a Server Action",
    example: "/examples/two-factor",
  },
  {
    slug: "organizations",
    title: "15. Organizations and roles",
    example: "/examples/organizations",
  },
  {
    slug: "proxy-mistakes",
    title: "16. Proxy mistakes",
    example: "/examples/proxy-mistakes/login-redirect/dashboard",
  },
] as const;

export type Lesson = (typeof LESSONS)[number];
export type LessonSlug = Lesson["slug"];

export function findLesson(slug: unknown): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.slug === slug);
}
