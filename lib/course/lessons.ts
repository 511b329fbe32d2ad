// The course: one record per numbered lesson, in order. Everything that names
// a lesson reads it: the sidebar (content/_meta.ts), the landing and progress
// pages, the lesson checks (checks.ts, keyed by slug), the signed-out panels
// (lib/signed-out-request.ts), the sandboxes and the Markdown twins.
// tests/unit/lessons.test.ts fails when a page, folder, route or spec drifts
// from it. By convention a lesson's slug names all of these:
//   content/<slug>.mdx                 the page, whose front matter title is `title`
//   examples/<slug>/                   the files a reader copies
//   app/examples/<slug>/…, app/api/examples/<slug>/…   its live routes (`routes`)
//   tests/e2e/<slug>.spec.ts           its spec (and <slug>.server.spec.ts for
//                                      the tests that start servers of their own)
// A version kept to compare sits in a subfolder of the example named for what
// it is: trap/ (the common snippet, wrong), seed/ (the reference text's
// version, as written), alternative/ (also right, another trade-off).

/**
 * A request a visitor without a session makes to a live example, sent for
 * real by the page's "signed-out visitor" panel. A POST without `json` posts
 * the page's own Server Action form.
 */
export type SignedOutRequest =
  | { method: "GET"; path: string; cookie?: string }
  | { method: "POST"; path: string }
  | { method: "POST"; path: string; origin: string; json: object };

/** The client code a lesson page runs in a sandbox, a file of examples/sandboxes/. */
export type SandboxFile =
  | "what-the-browser-sees.tsx"
  | "user-from-api.tsx"
  | "rename-through-action.tsx";

type LessonRecord = {
  slug: string;
  title: string;
  /** The live URL the lesson sends the reader to first. */
  example: string;
  /** Every live route the lesson serves, as its app/ folder names it. */
  routes: readonly string[];
  /** The signed-out panels, by the id the page's <SignedOutView> names. */
  signedOut: Readonly<Record<string, SignedOutRequest>>;
  sandbox?: SandboxFile;
};

const MADE_UP_COOKIE = "better-auth.session_token=made-up.value";

export const LESSONS = [
  {
    slug: "server-component",
    title: "1. Server Component",
    example: "/examples/server-component",
    routes: [
      "/examples/server-component",
      "/examples/server-component/alternative",
    ],
    signedOut: {
      "server-component": { method: "GET", path: "/examples/server-component" },
    },
    sandbox: "what-the-browser-sees.tsx",
  },
  {
    slug: "cached-helper",
    title: "2. Cached session helper",
    example: "/examples/cached-helper",
    routes: [
      "/examples/cached-helper",
      "/examples/cached-helper/callers",
      "/examples/cached-helper/trap",
    ],
    signedOut: {
      "cached-helper": { method: "GET", path: "/examples/cached-helper" },
    },
    sandbox: "what-the-browser-sees.tsx",
  },
  {
    slug: "server-action",
    title: "3. Protected Server Action",
    example: "/examples/server-action",
    routes: ["/examples/server-action", "/examples/server-action/seed"],
    signedOut: {
      "server-action": { method: "POST", path: "/examples/server-action" },
    },
    sandbox: "rename-through-action.tsx",
  },
  {
    slug: "route-handler",
    title: "4. Protected Route Handler",
    // The one live route outside /examples: the handler the lesson builds.
    example: "/api/user",
    routes: ["/api/user"],
    // Its page sends the signed-out request from the reader's browser (<RequestInspector>).
    signedOut: {},
    sandbox: "user-from-api.tsx",
  },
  {
    slug: "proxy",
    title: "5. Guard many routes with proxy.ts",
    example: "/examples/proxy",
    routes: ["/examples/proxy", "/examples/proxy/full-check"],
    signedOut: {
      proxy: { method: "GET", path: "/examples/proxy" },
      // A made-up session cookie: proxy.ts lets it through, the page refuses it.
      "proxy-made-up-cookie": {
        method: "GET",
        path: "/examples/proxy",
        cookie: MADE_UP_COOKIE,
      },
      // The same cookie against the proxy that asks Better Auth: refused before the page runs.
      "proxy-full-check-made-up-cookie": {
        method: "GET",
        path: "/examples/proxy/full-check",
        cookie: MADE_UP_COOKIE,
      },
    },
  },
  {
    slug: "data-access-layer",
    title: "6. A data access layer",
    example: "/examples/data-access-layer",
    routes: [
      "/examples/data-access-layer",
      "/api/examples/data-access-layer/sessions",
    ],
    signedOut: {
      "data-access-layer": {
        method: "GET",
        path: "/examples/data-access-layer",
      },
    },
  },
  {
    slug: "authorization",
    title: "7. Authorization",
    example: "/examples/authorization",
    routes: [
      "/examples/authorization",
      "/examples/authorization/[id]",
      "/api/examples/authorization/notes/[id]",
      "/api/examples/authorization/trap/notes/[id]",
      "/api/examples/authorization/trap/second-reader",
    ],
    signedOut: {
      // Any id: without a session the handler answers 401 before it looks anything up.
      authorization: {
        method: "GET",
        path: "/api/examples/authorization/notes/any-note-id",
      },
    },
  },
  {
    slug: "sign-in-actions",
    title: "8. Sign in and out from Server Actions",
    example: "/examples/sign-in-actions",
    routes: ["/examples/sign-in-actions", "/examples/sign-in-actions/trap"],
    signedOut: {},
  },
  {
    slug: "cookie-cache",
    title: "9. The session cookie cache",
    example: "/examples/cookie-cache",
    routes: ["/examples/cookie-cache"],
    signedOut: {
      "cookie-cache": { method: "GET", path: "/examples/cookie-cache" },
    },
  },
  {
    slug: "client-server-sync",
    title: "10. Keeping client and server in step",
    example: "/examples/client-server-sync",
    routes: [
      "/examples/client-server-sync",
      "/examples/client-server-sync/trap",
    ],
    signedOut: {
      // The same protected action as server-action, posted from the sync page's form.
      "client-server-sync": {
        method: "POST",
        path: "/examples/client-server-sync",
      },
    },
  },
  {
    slug: "auth-and-caching",
    title: "11. Auth and caching in Next.js 16",
    example: "/examples/auth-and-caching",
    routes: ["/examples/auth-and-caching", "/examples/auth-and-caching/trap"],
    signedOut: {
      // Redirected before the shared cache is read, so no cached name reaches a visitor without a session.
      "auth-and-caching": {
        method: "GET",
        path: "/examples/auth-and-caching/trap",
      },
    },
  },
  {
    slug: "session-lifetime",
    title: "12. Session lifetime and refresh",
    example: "/examples/session-lifetime",
    routes: ["/examples/session-lifetime"],
    signedOut: {
      "session-lifetime": { method: "GET", path: "/examples/session-lifetime" },
    },
  },
  {
    slug: "origins",
    title: "13. Origins, URLs and client addresses",
    example: "/examples/origins",
    routes: ["/examples/origins"],
    signedOut: {
      origins: { method: "GET", path: "/examples/origins" },
      // A sign-in posted from another site's page: refused for its Origin before any account is looked up.
      "origins-foreign-sign-in": {
        method: "POST",
        path: "/api/auth/sign-in/email",
        origin: "https://attacker.example",
        json: { email: "reader@example.com", password: "a guessed password" },
      },
    },
  },
  {
    slug: "two-factor",
    title: "14. Two-factor sign-in from a Server Action",
    example: "/examples/two-factor",
    routes: ["/examples/two-factor", "/examples/two-factor/verify"],
    signedOut: {
      "two-factor": { method: "GET", path: "/examples/two-factor" },
    },
  },
  {
    slug: "organizations",
    title: "15. Organizations and roles",
    example: "/examples/organizations",
    routes: ["/examples/organizations"],
    signedOut: {
      organizations: { method: "GET", path: "/examples/organizations" },
    },
  },
  {
    slug: "proxy-mistakes",
    title: "16. Proxy mistakes",
    example: "/examples/proxy-mistakes/login-redirect/dashboard",
    routes: [
      "/examples/proxy-mistakes/cookie-cache",
      "/examples/proxy-mistakes/cookie-cache/refused",
      "/examples/proxy-mistakes/hard-coded-name",
      "/examples/proxy-mistakes/login-redirect/dashboard",
      "/examples/proxy-mistakes/login-redirect/login",
    ],
    signedOut: {
      // A stale cookie (here made up): the proxy sends it from the sign-in page to the dashboard…
      "proxy-mistakes-login": {
        method: "GET",
        path: "/examples/proxy-mistakes/login-redirect/login",
        cookie: MADE_UP_COOKIE,
      },
      // …and the dashboard, which asks Better Auth, sends it back: a loop.
      "proxy-mistakes-dashboard": {
        method: "GET",
        path: "/examples/proxy-mistakes/login-redirect/dashboard",
        cookie: MADE_UP_COOKIE,
      },
      // The cookie's name over HTTPS: the hard-coded proxy does not see it.
      "proxy-mistakes-secure-name": {
        method: "GET",
        path: "/examples/proxy-mistakes/hard-coded-name",
        cookie: "__Secure-better-auth.session_token=made-up.value",
      },
    },
  },
] as const satisfies readonly LessonRecord[];

export type Lesson = (typeof LESSONS)[number];
export type LessonSlug = Lesson["slug"];

export function findLesson(slug: unknown): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.slug === slug);
}
