import { getSession } from "@/lib/session";
import { NameForm } from "@/examples/server-action/name-form";
import type { Session } from "@/lib/auth";
import { ClientSession } from "./client-session";
import { ServerSession } from "./server-session";
import { SessionSync } from "./session-sync";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function ClientServerSyncPage() {
  const session = await getSession();
  const user = session?.user ?? null;

  return (
    <main className="example-page">
      <h1>Client and server in step</h1>
      <ServerSession user={user} />
      <ClientSession />
      <SessionSync version={sessionVersion(session)} />
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
