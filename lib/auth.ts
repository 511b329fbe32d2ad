// server-only: a client component that imports this file fails the build
// with a message naming it, instead of bundling the database client and the
// code that reads BETTER_AUTH_SECRET for the browser.
import "server-only";
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { organization, twoFactor } from "better-auth/plugins";
import { clientAddressOptions } from "@/lib/client-address";
import { ac, roles } from "@/lib/permissions";
import { databaseProvider, prisma } from "@/lib/prisma";
import { signInLimit } from "@/lib/sign-in-limit";
import { checkDisplayName, checkTeamName } from "@/lib/validation";

const DAY = 24 * 60 * 60; // seconds

const LOOPBACK_HOSTS = {
  allowedHosts: ["localhost:*", "127.0.0.1:*"],
  protocol: "http" as const,
  // For auth.api calls made without request headers.
  fallback: "http://localhost:3000",
};

// The options are a value of their own so that this guide's two demonstration
// instances (examples/cookie-cache, examples/sign-in-actions/trap) can differ
// from this one only where they mean to. An app with one instance can write
// betterAuth({ ... }) directly.
export const authOptions = {
  // Lesson 13. In production, BETTER_AUTH_URL is the site's one public
  // address: Better Auth builds its links from it and accepts POSTs only from
  // its origin. In `next dev` without it, Better Auth would take the origin
  // from request.url, which Next.js's dev server always writes as localhost,
  // so the site opened at 127.0.0.1 answered 403 INVALID_ORIGIN. Listing the
  // loopback hosts makes Better Auth use the Host each request names, and
  // trust both origins.
  baseURL:
    process.env.BETTER_AUTH_URL ||
    (process.env.NODE_ENV === "development" ? LOOPBACK_HOSTS : undefined),
  // Names the site in authenticator apps (the twoFactor plugin's issuer).
  appName: "Better Auth server guide",
  // "sqlite" or "postgresql", whichever DATABASE_URL names (lib/prisma.ts).
  database: prismaAdapter(prisma, { provider: databaseProvider }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 8,
  },
  // Lesson 13. Better Auth's limit per client address (on in production)
  // counts in the database, so several servers of the site share one count.
  rateLimit: { storage: "database" },
  advanced: {
    // The client address is read from X-Forwarded-For only when it comes
    // through the proxies TRUSTED_PROXIES names; with none, from nothing.
    ipAddress: clientAddressOptions(process.env.TRUSTED_PROXIES),
  },
  session: {
    // Better Auth's defaults, written out (lesson 12). A session lasts a week;
    // a request that reads it once it is a day old extends it by another
    // week; actions that need a recent sign-in ask for one under a day old.
    expiresIn: 7 * DAY,
    updateAge: DAY,
    freshAge: DAY,
    // Off unless BETTER_AUTH_COOKIE_CACHE_SECONDS is set. When on, a signed
    // copy of the session rides in a cookie and getSession skips the database
    // for that long, so a revoked session keeps passing until it expires.
    cookieCache: {
      enabled: cookieCacheSeconds() > 0,
      maxAge: cookieCacheSeconds(),
    },
  },
  databaseHooks: {
    // Better Auth accepts any string as a name. These hooks hold every write
    // (sign-up, updateUser) to the same rule the forms show, so a request that
    // skips the form gets the same clear message and writes nothing.
    user: {
      create: {
        before: async (user) => ({
          data: { ...user, name: validName(user.name) },
        }),
      },
      update: {
        before: async (user) =>
          "name" in user
            ? { data: { ...user, name: validName(user.name) } }
            : undefined,
      },
    },
  },
  plugins: [
    // Organizations with roles (lesson 15; this site's teams are
    // organizations). The plugin's own HTTP endpoints under
    // /api/auth/organization/ check membership and roles themselves; the
    // hooks hold organization names to the same rule as the form.
    organization({
      // Who may do what in a team: lib/permissions.ts (lesson 15).
      ac,
      roles,
      organizationLimit: 10,
      membershipLimit: 100,
      organizationHooks: {
        beforeCreateOrganization: async ({ organization }) => ({
          data: { ...organization, name: validTeamName(organization.name) },
        }),
        beforeUpdateOrganization: async ({ organization }) =>
          "name" in organization
            ? {
                data: {
                  ...organization,
                  name: validTeamName(organization.name),
                },
              }
            : undefined,
      },
    }),
    // Two-factor sign-in with an authenticator app (lesson 14). A reader who
    // turns it on signs in with their password, then a 6-digit code; the
    // session is created only after the code. Ten single-use backup codes.
    twoFactor(),
    // Failed password sign-ins limited per account as well as per address
    // (lesson 13): a guesser with many addresses still gets a handful a minute.
    signInLimit(),
    // Must stay last: it copies the Set-Cookie headers of auth.api calls made
    // in Server Actions onto Next.js's response. Before another plugin, that
    // plugin's cookies would be missed.
    nextCookies(),
  ],
} satisfies BetterAuthOptions;

export const auth = betterAuth(authOptions);

function cookieCacheSeconds(): number {
  return Number(process.env.BETTER_AUTH_COOKIE_CACHE_SECONDS) || 0;
}

function validName(name: unknown): string {
  const checked = checkDisplayName(name);
  if (!checked.ok) {
    throw new APIError("BAD_REQUEST", { message: checked.message });
  }
  return checked.value;
}

function validTeamName(name: unknown): string {
  const checked = checkTeamName(name);
  if (!checked.ok) {
    throw new APIError("BAD_REQUEST", { message: checked.message });
  }
  return checked.value;
}

export type Session = typeof auth.$Infer.Session;
