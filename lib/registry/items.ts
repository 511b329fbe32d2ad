// The shadcn registry this site serves at /r/: one item per lesson whose code
// a reader installs, plus the auth set-up they all build on and the test kit.
// An item names only where it starts (its routes, or the file it teaches);
// the files those import come with it, read from disk when the registry is
// asked, so the registry holds no copy of any file (lib/registry/build.ts).

export type RegistryItemDefinition = {
  name: string;
  title: string;
  description: string;
  /** The lesson page that teaches it: its slug in lib/course/lessons.ts, or a page of content/. */
  page: string;
  /** The files the item starts from; their local imports come with them. */
  entries: readonly string[];
  /** Files no import reaches (schemas, migrations, configs): folders take every file in them. */
  alsoFiles?: readonly string[];
  /** Where a file goes in the reader's app, when not at the same path as here. */
  targets?: Readonly<Record<string, string>>;
  /** npm packages the files need that no import of theirs names. */
  alsoDependencies?: readonly string[];
  envVars?: Readonly<Record<string, string>>;
  /** What to do after `shadcn add`, printed by the CLI and shown on the page. */
  next: readonly string[];
};

const AUTH_SETUP: RegistryItemDefinition = {
  name: "auth-setup",
  title: "Better Auth set-up",
  description:
    "Better Auth with Prisma 7: lib/auth.ts, its client, the cached session helper, the /api/auth handler and the Prisma models with their migrations.",
  page: "setup",
  entries: [
    "app/api/auth/[...all]/route.ts",
    "lib/auth-client.ts",
    "lib/session.ts",
    "lib/action-state.ts",
    "prisma.config.ts",
  ],
  alsoFiles: [
    "prisma/schema.prisma",
    "prisma/migrations",
    "prisma/postgresql/schema.prisma",
    "prisma/postgresql/migrations",
  ],
  alsoDependencies: ["@prisma/client"],
  envVars: {
    DATABASE_URL: "file:./prisma/dev.db",
    BETTER_AUTH_URL: "http://localhost:3000",
  },
  next: [
    "This is this guide's whole set-up: the organization and two-factor plugins and the models of every lesson (notes, course progress, team invite links) came with it. Remove what your app does not use.",
    'Make sure package.json says "type": "module": prisma.config.ts and the generated Prisma client are ES modules.',
    "Set BETTER_AUTH_SECRET in .env.local to a secret of your own: openssl rand -base64 32",
    "Generate the Prisma clients: npx prisma generate && npx prisma generate --schema prisma/postgresql/schema.prisma",
    "Create the tables: npx prisma migrate deploy",
    "Turn on Cache Components in next.config.ts (cacheComponents: true): the lessons' pages are written for it.",
  ],
};

const PATTERNS: RegistryItemDefinition[] = [
  {
    name: "server-component",
    title: "Server Component that redirects without a session",
    description:
      "A page that reads the session on the server and sends a visitor without one to /login.",
    page: "server-component",
    entries: ["app/examples/server-component/page.ts"],
    next: [
      "Open /examples/server-component signed out: it answers 307 to /login.",
    ],
  },
  {
    name: "cached-helper",
    title: "Cached session helper",
    description:
      "A page whose four Server Components read the user through lib/session.ts's cache()-wrapped helper: one database lookup per request.",
    page: "cached-helper",
    // The example's page is a whole route on its own; this site wraps it in a
    // query meter (app/examples/cached-helper/view.tsx), which an app does not need.
    entries: ["examples/cached-helper/page.tsx"],
    targets: {
      "examples/cached-helper/page.tsx": "app/examples/cached-helper/page.tsx",
    },
    next: ["The helper itself, lib/session.ts, came with auth-setup."],
  },
  {
    name: "server-action",
    title: "Protected Server Action",
    description:
      "A Server Action that checks the session itself, validates its input and returns errors as state.",
    page: "server-action",
    entries: ["app/examples/server-action/page.ts"],
    next: ["Open /examples/server-action signed in and change your name."],
  },
  {
    name: "route-handler",
    title: "Protected Route Handler",
    description:
      "GET /api/user: the signed-in user as JSON, or 401 JSON without a session.",
    page: "route-handler",
    entries: ["app/api/user/route.ts"],
    next: [
      "curl -i http://localhost:3000/api/user answers 401 without a cookie.",
    ],
  },
  {
    name: "proxy",
    title: "proxy.ts with the page's own check",
    description:
      "An optimistic cookie check in proxy.ts for /examples/proxy, with the page behind it checking the session itself.",
    page: "proxy",
    entries: ["app/examples/proxy/page.ts", "examples/proxy/proxy.ts"],
    // Next.js runs only the root proxy.ts. An app that has one merges the two.
    targets: { "examples/proxy/proxy.ts": "proxy.ts" },
    next: [
      "If your app already had a proxy.ts, the CLI asked before replacing it: an app has one proxy, so merge the matchers.",
    ],
  },
  {
    name: "data-access-layer",
    title: "A data access layer",
    description:
      "Every read and write of session data through one server-only module that checks the session first.",
    page: "data-access-layer",
    entries: [
      "app/examples/data-access-layer/page.ts",
      "app/api/examples/data-access-layer/sessions/route.ts",
    ],
    next: ["Open /examples/data-access-layer signed in."],
  },
  {
    name: "sign-in-actions",
    title: "Sign in and out from Server Actions",
    description:
      "Sign-in and sign-out as Server Actions, with nextCookies() setting the cookie and a per-account attempt limit.",
    page: "sign-in-actions",
    entries: ["app/examples/sign-in-actions/page.ts"],
    next: ["Open /examples/sign-in-actions signed out and sign in."],
  },
  {
    name: "authorization",
    title: "Authorization: only your own records",
    description:
      "Notes that only their owner can read, change or delete, from pages, Server Actions and a Route Handler.",
    page: "authorization",
    entries: [
      "app/examples/authorization/page.ts",
      "app/examples/authorization/[id]/page.tsx",
      "app/api/examples/authorization/notes/[id]/route.ts",
    ],
    next: ["Open /examples/authorization signed in and add a note."],
  },
];

const AUTH_TEST_KIT: RegistryItemDefinition = {
  name: "auth-test-kit",
  title: "Auth test kit",
  description:
    "Playwright specs that check your app's protected pages, Server Actions and API routes the way this guide checks its own: signed out, a tampered cookie, an expired session, an action posted without a session or from another origin, and another user's record by id.",
  page: "testing-auth",
  entries: [
    "tests/auth-test-kit/playwright.config.ts",
    "tests/auth-test-kit/auth-test-kit.spec.ts",
  ],
  alsoDependencies: ["@playwright/test"],
  next: [
    "List your app's protected pages, Server Actions, API routes and records in tests/auth-test-kit/auth-test-kit.config.ts.",
    "Start your app with X-Forwarded-For trusted from loopback (TRUSTED_PROXIES=127.0.0.1 with auth-setup's lib/auth.ts): the kit signs up each account from an address of its own, under Better Auth's per-address limit.",
    "Then run, with the app's own database: DATABASE_URL=file:./prisma/dev.db AUTH_KIT_BASE_URL=http://localhost:3000 npx playwright test -c tests/auth-test-kit",
  ],
};

export const REGISTRY_ITEMS: readonly RegistryItemDefinition[] = [
  AUTH_SETUP,
  ...PATTERNS,
  AUTH_TEST_KIT,
];

/** Where the command says the site is, when neither the build nor the page knows. */
export const PLACEHOLDER_ORIGIN = "https://<this-site>";

/** The command a lesson page shows: shadcn 4.x, which reads this registry's format. */
export function installCommand(origin: string, item: string): string {
  return `npx shadcn@4 add ${origin}/r/${item}.json`;
}
