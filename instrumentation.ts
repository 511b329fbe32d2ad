// Runs once when the Next.js server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseToStartOnDatabaseProblem } =
    await import("@/lib/database-check");
  await refuseToStartOnDatabaseProblem();
  if (process.env.NODE_ENV === "production") warmUpDocsPages();
}

// A page's server code is loaded on its first render, not when the server
// starts: the first reader after a start waited about 0.6 s for it (measured
// 2026-12-03). Render one docs page in the background as soon as the server
// answers; every docs page shares its route. Next.js writes the address it
// listens on to __NEXT_PRIVATE_ORIGIN before it runs this hook.
function warmUpDocsPages() {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!origin) return;
  fetch(`${origin}/`, { headers: { "user-agent": "warm-up" } })
    .then((response) => response.arrayBuffer())
    .catch(() => {});
}
