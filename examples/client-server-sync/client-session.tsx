"use client";

import { authClient } from "@/lib/auth-client";

// The session as the browser sees it: Better Auth's client store. It fetches
// /api/auth/get-session when the first component using it mounts, then again
// only on its own signals: a sign-in, sign-out or update made through
// authClient, the tab becoming visible again, or the same in another tab.
// A Server Action changing the user on the server is none of these.
export function ClientSession() {
  const { data: session, isPending } = authClient.useSession();

  return (
    <section aria-labelledby="client-heading">
      <h2 id="client-heading">Read in the browser with useSession()</h2>
      <p data-testid="client-session">
        {/* No data yet is not "signed out": treating it so flashes the wrong state. */}
        {isPending ? (
          "Loading…"
        ) : session ? (
          <>
            Signed in as <strong>{session.user.name}</strong>.
          </>
        ) : (
          "Signed out."
        )}
      </p>
    </section>
  );
}
