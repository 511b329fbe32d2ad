import { redirect } from "next/navigation";
import { getSession } from "@/lib/session";
import { authOptions } from "@/lib/auth";
import { SessionsForm } from "./sessions-form";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

const { expiresIn, updateAge, freshAge } = authOptions.session;

export default async function SessionLifetimePage() {
  const session = await getSession();
  if (!session) redirect("/login?next=/examples/session-lifetime");

  const { createdAt, expiresAt } = session.session;
  // Better Auth extends a session once it has run for updateAge since it was
  // last extended, that is once expiresAt - expiresIn + updateAge has passed.
  const extendsAfter = new Date(
    expiresAt.getTime() - (expiresIn - updateAge) * 1000,
  );
  const freshUntil = new Date(createdAt.getTime() + freshAge * 1000);

  return (
    <main className="example-page">
      <h1>Your session, {session.user.name}</h1>
      <dl className="example-facts">
        <dt>Signed in</dt>
        <dd data-testid="signed-in-at">{utc(createdAt)}</dd>
        <dt>Runs out, unless used again</dt>
        <dd data-testid="expires-at">{utc(expiresAt)}</dd>
        <dt>Extended by a week on the first request after</dt>
        <dd data-testid="extends-after">{utc(extendsAfter)}</dd>
        <dt>Fresh enough for sensitive actions until</dt>
        <dd data-testid="fresh-until">{utc(freshUntil)}</dd>
      </dl>
      <SessionsForm />
    </main>
  );
}

function utc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
