// One multiple-choice check per lesson, answered at the end of the lesson
// page and graded on the server. Each asks the reader to do something with
// the lesson's live example and say what it showed; every answer is what the
// running example does (its end-to-end test proves it). server-only: the
// answers and explanations never reach a client bundle, and the form gets
// publicCheck() alone.
import "server-only";
import { findLesson, type LessonSlug } from "./lessons";

type LessonCheck = {
  /** One or two sentences: exactly what to do with the live example. */
  question: string;
  /** 3 or 4, ids short kebab-case, labels short plain text. */
  options: readonly { id: string; label: string }[];
  /** The id of the one correct option. */
  answer: string;
  /** Shown after answering: why, in the guide's terms. */
  explanation: string;
};

type PublicCheck = Pick<LessonCheck, "question" | "options">;

type GradeResult =
  | { ok: false; message: string }
  | { ok: true; correct: boolean; explanation: string };

export const LESSON_CHECKS: Record<LessonSlug, LessonCheck> = {
  "server-component": {
    question:
      "Press Request it as a signed-out visitor under the live example. What does the server answer a request with no cookie?",
    options: [
      {
        id: "streamed-redirect",
        label:
          "200, with the redirect to /login?next=/examples/server-component streamed in the body",
      },
      {
        id: "redirect-307",
        label: "307, with Location /login?next=/examples/server-component",
      },
      {
        id: "page-then-hidden",
        label: "200 with the page, hidden afterwards by JavaScript",
      },
      { id: "json-401", label: "401 with a JSON error" },
    ],
    answer: "streamed-redirect",
    explanation:
      'With Cache Components the prerendered shell goes out first, and sending it starts the response with 200. The session check runs inside <Suspense> after that, so redirect() cannot change the status: Next.js streams the redirect in the body (an instruction for the router and a <meta http-equiv="refresh">), and none of the protected HTML is sent. A real 307 needs a check that runs before the page, such as proxy.ts.',
  },
  "cached-helper": {
    question:
      "Compare the session reads counted under the two live examples: the page with cache() and the same page without it. What do they show?",
    options: [
      { id: "one-and-five", label: "1 with cache(), 5 without" },
      { id: "one-and-four", label: "1 with cache(), 4 without" },
      {
        id: "five-and-five",
        label: "5 in both: cache() only helps across requests",
      },
      {
        id: "zero-and-zero",
        label: "0 in both: the session comes from the cookie",
      },
    ],
    answer: "one-and-five",
    explanation:
      "cache() shares one lookup among all five callers of a request. Without it, each of the page's four components reads the session itself, and the navbar, which uses the cached helper, reads it once more.",
  },
  "server-action": {
    question:
      "Keep the live example open, sign out in another tab, then press Save name in the frame without reloading it. What happens?",
    options: [
      {
        id: "refused",
        label: "It says you are signed out, and nothing is changed",
      },
      {
        id: "saved",
        label: "The name is saved: the page already checked your session",
      },
      { id: "error-page", label: "An error page replaces the form" },
      { id: "redirect-login", label: "The frame is sent to /login" },
    ],
    answer: "refused",
    explanation:
      "A Server Action is a public POST endpoint, so it checks the session itself. It finds none and returns the refusal as state for the form to show, and writes nothing; throwing instead would have replaced the page with an error screen.",
  },
  "route-handler": {
    question:
      "In the request panel, leave the method on GET and press Send without a session. Which response comes back?",
    options: [
      { id: "json-401", label: "401 with the JSON error Unauthorized" },
      { id: "redirect-307", label: "307, a redirect to /login" },
      { id: "login-html", label: "200 with the sign-in page's HTML" },
      { id: "null-user", label: "200 with user: null" },
    ],
    answer: "json-401",
    explanation:
      "Without a cookie, getSession returns null and the handler answers 401 with JSON (and Cache-Control: private, no-store). A redirect would hand fetch the sign-in page's HTML with status 200, which the client then fails to parse.",
  },
  proxy: {
    question:
      "Press Request it as a signed-out visitor on the second panel, the one that sends only the made-up cookie better-auth.session_token=made-up.value. What comes back?",
    options: [
      {
        id: "page-redirect",
        label:
          "200, with the redirect to /login?next=/examples/proxy streamed in the body",
      },
      {
        id: "proxy-redirect",
        label: "307 to /login, sent by the proxy before the page runs",
      },
      { id: "page-200", label: "200: the page renders for that cookie" },
      { id: "bad-request", label: "400: the proxy rejects the forged cookie" },
    ],
    answer: "page-redirect",
    explanation:
      "getSessionCookie only sees that a cookie with the right name is there, so the proxy lets the request through. The page's own check asks Better Auth, which finds no such session, and the page redirects. Its redirect is streamed in a 200 (the page's response had already started): only the proxy answers before the page, with a real 307.",
  },
  "data-access-layer": {
    question:
      "In the live example, look at the block that shows everything the page received about you from the data access layer. Which fields are in it?",
    options: [
      { id: "id-name-email", label: "id, name and email, nothing else" },
      {
        id: "user-row",
        label: "Your whole user row: emailVerified, image, createdAt and more",
      },
      { id: "with-token", label: "Your user and your session, token included" },
      { id: "name-only", label: "Only your name" },
    ],
    answer: "id-name-email",
    explanation:
      "verifySession() turns Better Auth's session into a UserDTO of three fields. The whole user row and the session token never leave dal.ts, so a column added to the user table later cannot leak through the page.",
  },
  authorization: {
    question:
      "Add a note, open the example on its own (Open on its own), open the note and copy its address. Open that address in a private window signed in as another account: what do you get?",
    options: [
      {
        id: "not-found",
        label: "A 404, the same as for an id that doesn't exist",
      },
      {
        id: "forbidden",
        label: "403 Forbidden: the note exists but isn't theirs",
      },
      { id: "note-shown", label: "The note: the other account is signed in" },
      { id: "sign-in", label: "A redirect to sign in" },
    ],
    answer: "not-found",
    explanation:
      "The page asks for the note with this id and owned by the reader, in one query, so someone else's note comes back null just like a missing one. A 403 would tell the other reader that the id exists.",
  },
  "sign-in-actions": {
    question:
      "Sign out with the frame's Sign out button. Then submit your email with a wrong password three times, then with the right password, all within 10 seconds: what does the fourth try show?",
    options: [
      {
        id: "too-many",
        label: "Too many attempts. Wait a few seconds, then try again.",
      },
      {
        id: "signed-in",
        label: "You are signed in: the right password always gets through",
      },
      {
        id: "no-match",
        label: "That email and password don't match an account.",
      },
      { id: "error-429", label: "An error page with status 429" },
    ],
    answer: "too-many",
    explanation:
      "Better Auth's own limit (3 sign-ins per 10 s) runs only in its /api/auth routes, and a direct auth.api.signInEmail call skips it. The action's rate-limit.ts counts the tries per IP itself and refuses the fourth, right password or not, as a message.",
  },
  "cookie-cache": {
    question:
      "Press Copy the session into the cookie, rename yourself with Rename with prisma.user.update, then press Reload within 30 seconds. What do the two getSession() lines show?",
    options: [
      {
        id: "cached-old",
        label: "Cache on: the old name. With disableCookieCache: the new name",
      },
      { id: "both-new", label: "Both show the new name" },
      { id: "both-old", label: "Both show the old name" },
      {
        id: "cached-new",
        label: "Cache on: the new name. With disableCookieCache: the old name",
      },
    ],
    answer: "cached-old",
    explanation:
      "prisma.user.update changes the database row but not the signed copy in the session_data cookie, so getSession with the cache on keeps the old name until the copy expires, while disableCookieCache reads the database. Rename with auth.api.updateUser and both lines change together.",
  },
  "client-server-sync": {
    question:
      "In the trap (the second live example), save a new name and stay on this tab. What does the Read in the browser with useSession() panel show?",
    options: [
      {
        id: "old-name",
        label: "Your old name, until you switch tabs and back",
      },
      { id: "new-name", label: "The new name, like the server panel" },
      { id: "signed-out", label: "Signed out." },
      { id: "loading", label: "Loading…, until the session arrives again" },
    ],
    answer: "old-name",
    explanation:
      "refresh() re-renders the server panel and the navbar, but Better Auth's useSession() store only fetches again on its own signals, such as the tab becoming visible. A Server Action is none of them; SessionSync in the first example calls refetch() when the server's session changes.",
  },
  "auth-and-caching": {
    question:
      "Open /examples/auth-and-caching/trap?round=4711&visitor=second-reader, so that your second reader opens the trap first, then /examples/auth-and-caching/trap?round=4711 yourself. What does your page show?",
    options: [
      {
        id: "first-greeting",
        label:
          "Your name under Your session says you are, but greeted with your second reader's name",
      },
      {
        id: "own-greeting",
        label:
          "Greeted with your own name: the user is passed in, so it is in the cache key",
      },
      {
        id: "headers-error",
        label: "An error: headers() can't be read inside unstable_cache()",
      },
      {
        id: "first-name-both",
        label: "Your second reader's name in both lines",
      },
    ],
    answer: "first-greeting",
    explanation:
      "unstable_cache builds its key from the function's source, the key parts and its arguments, never from the user the function closes over. The first account's greeting is stored for that round and served to the next one; the session line, read outside the cache, stays right. In an app every reader shares that key; this site keeps it to your own accounts.",
  },
  "session-lifetime": {
    question:
      "The live example shows when your session runs out. In an app that reads the session only in Server Components, with no proxy like this lesson's, a reader signs in and then comes back every day. When are they signed out?",
    options: [
      {
        id: "week-after-sign-in",
        label:
          "A week after signing in: the row is extended, the browser's cookie is not",
      },
      {
        id: "never",
        label: "Never: every visit extends the session by a week",
      },
      {
        id: "day-after-sign-in",
        label: "A day after signing in, when the session is no longer fresh",
      },
      { id: "week-after-last-visit", label: "A week after their last visit" },
    ],
    answer: "week-after-sign-in",
    explanation:
      "Once a day getSession extends the session in the database and sends a refreshed cookie, but a Server Component cannot set cookies, so the cookie is dropped. The browser keeps the cookie it got at sign-in, with its Max-Age of a week, and deletes it then. The proxy in this lesson sets the refreshed cookie, so with it the reader stays signed in. Freshness (a day) only gates sensitive actions such as listing sessions.",
  },
  origins: {
    question:
      "Your app runs with next start on a server of its own, no proxy in front, and sign-in is rate-limited by client address. Which address does Better Auth count a sign-in attempt under?",
    options: [
      {
        id: "shared-or-forged",
        label:
          "None it can trust: one bucket for everyone, unless the client sends its own X-Forwarded-For",
      },
      {
        id: "socket",
        label:
          "The address of the TCP connection, which the client cannot forge",
      },
      { id: "host", label: "The Host header of the request" },
      { id: "session", label: "The reader's session id, once they have one" },
    ],
    answer: "shared-or-forged",
    explanation:
      "Better Auth reads the client address from headers only (X-Forwarded-For by default), never from the connection. With no proxy to set that header, every attempt lands in one shared bucket, so three sign-in attempts by anyone, right or wrong, make everyone wait up to ten seconds, and a client that sends a made-up X-Forwarded-For gets a bucket of its own each time. Put a proxy in front that overwrites the header, and tell Better Auth which hops to trust (advanced.ipAddress).",
  },
  "two-factor": {
    question:
      "A reader with two-factor on submits the right password to a Server Action that calls auth.api.signInEmail and then redirects to the page they came from, without looking at the result. Where do they end up?",
    options: [
      {
        id: "signed-out",
        label:
          "On that page, signed out: the password step made no session, only a cookie for the code step",
      },
      {
        id: "signed-in",
        label:
          "On that page, signed in: the code is only asked for on the next sign-in",
      },
      {
        id: "error",
        label: "On an error page: signInEmail throws TWO_FACTOR_REQUIRED",
      },
      {
        id: "code-page",
        label: "On the code page: Better Auth redirects there itself",
      },
    ],
    answer: "signed-out",
    explanation:
      "With two-factor on, signInEmail does not throw: it answers { twoFactorRedirect: true }, deletes the session it had made and expires its cookie, and sets a ten-minute two_factor cookie instead. A direct auth.api call never redirects anyone. The action has to look at the answer and send the reader to the code step itself, as lesson 8's action now does.",
  },
  organizations: {
    question:
      "An app adds one role to the organization plugin, a viewer who may only read reports: roles: { viewer }, and nothing else. What may a team's owner now do, according to hasPermission on the server?",
    options: [
      {
        id: "nothing",
        label:
          "Nothing: the roles passed replace Better Auth's defaults, so owner has no permissions left",
      },
      {
        id: "everything",
        label:
          "Everything, as before: owner, admin and member keep their defaults, viewer is added",
      },
      { id: "read-reports", label: "Only read reports, like a viewer" },
      { id: "error", label: "The server does not start: owner is missing" },
    ],
    answer: "nothing",
    explanation:
      "On the server, roles replaces the default roles instead of adding to them, and a role that is not defined has no permissions: hasPermission answers success: false for the owner, even for organization delete. The client plugin merges the defaults back in, so the UI would still show the buttons. Write all the roles out, each from Better Auth's own statements, as lib/permissions.ts does.",
  },
  "proxy-mistakes": {
    question:
      "A proxy sends every request that carries a session cookie away from /login to /dashboard, and /dashboard checks the session with getSession. A reader's session expired yesterday; their browser still has the cookie. What happens when they open /dashboard?",
    options: [
      {
        id: "loop",
        label:
          "They bounce between /dashboard and /login and never see the sign-in page",
      },
      { id: "login", label: "They see the sign-in page" },
      { id: "dashboard", label: "They see the dashboard, signed in" },
      {
        id: "cookie-deleted",
        label:
          "Better Auth deletes the cookie, and the next request shows the sign-in page",
      },
    ],
    answer: "loop",
    explanation:
      "The dashboard asks Better Auth, finds no valid session and redirects to /login. The proxy sees the cookie, which is still there, and redirects back to /dashboard. Neither ever changes its mind. Let the sign-in page decide with a full check, as this site's /login does, or make the proxy's redirect away from /login a full check too.",
  },
};

/** Grades one answer. Takes what a form sent, so anything that isn't a known lesson and option is refused. */
export function gradeAnswer(slug: unknown, optionId: unknown): GradeResult {
  const lesson = findLesson(slug);
  if (!lesson) {
    return {
      ok: false,
      message: "That lesson does not exist, so there is nothing to check.",
    };
  }
  const check = LESSON_CHECKS[lesson.slug];
  if (
    typeof optionId !== "string" ||
    !check.options.some((option) => option.id === optionId)
  ) {
    return { ok: false, message: "Choose one of the answers." };
  }
  return {
    ok: true,
    correct: optionId === check.answer,
    explanation: check.explanation,
  };
}

/** What the client form may see: the question and the options, without the answer or the explanation. */
export function publicCheck(slug: LessonSlug): PublicCheck {
  const { question, options } = LESSON_CHECKS[slug];
  return { question, options: options.map(({ id, label }) => ({ id, label })) };
}
