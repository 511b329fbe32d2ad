import { getSession } from "@/lib/session";
import { NameForm } from "@/examples/server-action/name-form";
import type { Session } from "@/lib/auth";
import { ClientSession } from "./client-session";
import { SessionSync } from "./session-sync";

type Props = { searchParams: Promise<{ mode?: string | string[] }> };

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function ClientServerSyncPage({ searchParams }: Props) {
  const session = await getSession();
  const user = session?.user ?? null;
  // ?mode=naive leaves <SessionSync> out, to show what goes wrong without it.
  const naive = (await searchParams).mode === "naive";

  return (
    <main className="example-page">
      <h1>
        {naive ? "Client and server out of step" : "Client and server in step"}
      </h1>
      <section aria-labelledby="server-heading">
        <h2 id="server-heading">Rendered on the server</h2>
        <p data-testid="server-session">
          {user ? (
            <>
              Signed in as <strong>{user.name}</strong>.
            </>
          ) : (
            "Signed out."
          )}
        </p>
      </section>
      <ClientSession />
      {naive ? null : <SessionSync version={sessionVersion(session)} />}
      {/* Chapter 3's form and protected action, unchanged: it revalidates the page. */}
      <NameForm currentName={user?.name ?? ""} />
    </main>
  );
}

// Changes whenever the server sees someone else, no one, or a changed user:
// Better Auth bumps user.updatedAt on every write through it.
function sessionVersion(session: Session | null): string {
  if (!session) return "signed-out";
  return `${session.user.id}:${new Date(session.user.updatedAt).getTime()}`;
}
