// Runs once when the Next.js server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { databaseProblem } = await import("@/lib/database-check");
  const problem = databaseProblem();
  if (problem) {
    console.error(`\nThe site cannot start: ${problem}\n`);
    process.exit(1);
  }
}
