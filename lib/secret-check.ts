// `next build` and `next start` sign session cookies with BETTER_AUTH_SECRET.
// Better Auth's built-in fallback is public, so production refuses to run without
// a real one. Development gets one made for it by scripts/setup-dev.ts.
const SECRET_MIN_LENGTH = 32;

export function secretProblem(secret: string | undefined): string | null {
  if (!secret) return "BETTER_AUTH_SECRET is not set.";
  if (secret.length < SECRET_MIN_LENGTH) {
    return `BETTER_AUTH_SECRET is ${secret.length} characters long; it needs at least ${SECRET_MIN_LENGTH}.`;
  }
  return null;
}

export function secretHelp(problem: string): string {
  return [
    problem,
    "The production server signs session cookies with it, so it refuses to start without a strong one.",
    "Make one with:   openssl rand -base64 32",
    "then start with: BETTER_AUTH_SECRET=<that value> npm start   (or put it in .env.production.local).",
  ].join("\n");
}
