import { getSession } from "@/lib/session";
import { NameForm } from "@/examples/server-action/name-form";
import { ClientSession } from "../client-session";
import { ServerSession } from "../server-session";

// The trap: the same page without <SessionSync>. Nothing tells the browser's
// useSession() store that the server's session changed.
export const instant = false;

export default async function ClientServerSyncTrapPage() {
  const session = await getSession();
  const user = session?.user ?? null;

  return (
    <main className="example-page">
      <h1>Client and server out of step</h1>
      <ServerSession user={user} />
      <ClientSession />
      <NameForm currentName={user?.name ?? ""} />
    </main>
  );
}
