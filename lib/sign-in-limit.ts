import type { BetterAuthPlugin, Where } from "better-auth";
import {
  APIError,
  createAuthMiddleware,
  getIP,
  isAPIError,
} from "better-auth/api";

// Better Auth limits sign-in per client address. An attacker with many
// addresses, or with several servers to spread guesses over, is not slowed by
// that. This plugin also limits failed password sign-ins per account, in the
// database, so every server counts the same rows (lesson 13):
//
// - from addresses that have never signed in to the account: 5 failures per
//   minute in total, whichever addresses they come from;
// - from an address that has (the owner's own, within 30 days): 5 failures
//   per minute of its own, so an attack elsewhere cannot lock the owner out.
//
// Past the limit every attempt is refused before the password is checked, a
// right one too: otherwise a guess's answer would still tell right from wrong.
export const SIGN_IN_LIMIT = {
  failures: 5,
  windowSeconds: 60,
  knownAddressDays: 30,
};

const MODEL = "signInAttempt";
const NO_ADDRESS = "unknown";

type Context = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

export function signInLimit() {
  return {
    id: "sign-in-limit",
    schema: {
      signInAttempt: {
        modelName: "signInAttempt",
        fields: {
          email: { type: "string", required: true, index: true },
          ipAddress: { type: "string", required: true },
          succeeded: { type: "boolean", required: true },
          fromKnownAddress: { type: "boolean", required: true },
          createdAt: { type: "date", required: true },
        },
      },
    },
    hooks: {
      before: [
        {
          matcher: isPasswordSignIn,
          handler: createAuthMiddleware(refuseOverLimit),
        },
      ],
      // Signing up makes the address known too: it is the owner's.
      after: [
        {
          matcher: (context) =>
            isPasswordSignIn(context) || context.path === "/sign-up/email",
          handler: createAuthMiddleware(recordOutcome),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}

function isPasswordSignIn(context: { path?: string }) {
  return context.path === "/sign-in/email";
}

// Counts this attempt as a failure first, then counts the failures: of
// several attempts racing on several servers, the k-th to be written sees at
// least k rows, so no more than the limit get through.
async function refuseOverLimit(ctx: Context) {
  const attempt = attemptOf(ctx);
  if (!attempt) return; // Better Auth answers a body without an email itself.
  await forgetOldAttempts(ctx);
  const { adapter } = ctx.context;
  const known = await isKnownAddress(ctx, attempt);
  const row = await adapter.create<Record<string, unknown>, { id: string }>({
    model: MODEL,
    data: {
      ...attempt,
      succeeded: false,
      fromKnownAddress: known,
      createdAt: new Date(),
    },
  });
  const failures = await adapter.count({
    model: MODEL,
    where: failuresInWindow(attempt, known),
  });
  if (failures <= SIGN_IN_LIMIT.failures) return;

  await adapter.delete({
    model: MODEL,
    where: [{ field: "id", value: row.id }],
  });
  throw new APIError("TOO_MANY_REQUESTS", {
    message:
      "Too many failed sign-ins for this account. Wait a minute, then try again.",
    code: "TOO_MANY_FAILED_SIGN_INS",
  });
}

// After a sign-in (or sign-up) that worked, the address's failures are
// forgiven and the address is known to the account from now on. Anything
// else stays counted.
async function recordOutcome(ctx: Context) {
  const attempt = attemptOf(ctx);
  if (!attempt || isAPIError(ctx.context.returned)) return;
  const { adapter } = ctx.context;
  await adapter.deleteMany({
    model: MODEL,
    where: [...sameAddress(attempt), { field: "succeeded", value: false }],
  });
  if (!(await isKnownAddress(ctx, attempt))) {
    await adapter.create({
      model: MODEL,
      data: {
        ...attempt,
        succeeded: true,
        fromKnownAddress: true,
        createdAt: new Date(),
      },
    });
  }
}

function attemptOf(ctx: Context): { email: string; ipAddress: string } | null {
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string" || email.trim() === "") return null;
  const source = ctx.request ?? ctx.headers;
  const ipAddress =
    (source && getIP(source, ctx.context.options)) || NO_ADDRESS;
  return { email: email.trim().toLowerCase(), ipAddress };
}

async function isKnownAddress(
  ctx: Context,
  attempt: { email: string; ipAddress: string },
) {
  if (attempt.ipAddress === NO_ADDRESS) return false;
  const since = new Date(
    Date.now() - SIGN_IN_LIMIT.knownAddressDays * 24 * 3600 * 1000,
  );
  const where: Where[] = [
    ...sameAddress(attempt),
    { field: "succeeded", value: true },
    { field: "createdAt", operator: "gt", value: since },
  ];
  return (await ctx.context.adapter.count({ model: MODEL, where })) > 0;
}

function failuresInWindow(
  attempt: { email: string; ipAddress: string },
  known: boolean,
): Where[] {
  const since = new Date(Date.now() - SIGN_IN_LIMIT.windowSeconds * 1000);
  const scope: Where[] = known
    ? sameAddress(attempt)
    : [
        { field: "email", value: attempt.email },
        { field: "fromKnownAddress", value: false },
      ];
  return [
    ...scope,
    { field: "succeeded", value: false },
    { field: "createdAt", operator: "gt", value: since },
  ];
}

function sameAddress(attempt: { email: string; ipAddress: string }): Where[] {
  return [
    { field: "email", value: attempt.email },
    { field: "ipAddress", value: attempt.ipAddress },
  ];
}

async function forgetOldAttempts(ctx: Context) {
  const now = Date.now();
  const { adapter } = ctx.context;
  await adapter.deleteMany({
    model: MODEL,
    where: [
      { field: "succeeded", value: false },
      {
        field: "createdAt",
        operator: "lt",
        value: new Date(now - SIGN_IN_LIMIT.windowSeconds * 1000),
      },
    ],
  });
  await adapter.deleteMany({
    model: MODEL,
    where: [
      {
        field: "createdAt",
        operator: "lt",
        value: new Date(
          now - SIGN_IN_LIMIT.knownAddressDays * 24 * 3600 * 1000,
        ),
      },
    ],
  });
}
