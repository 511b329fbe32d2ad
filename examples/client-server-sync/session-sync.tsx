"use client";

import { useEffect, useRef } from "react";
import { authClient } from "@/lib/auth-client";

// Keeps Better Auth's browser store in step with the server. The page passes a
// version of the session it rendered with. When a Server Action revalidates
// the page (or router.refresh() runs) and the server now sees a different
// session, the store fetches /api/auth/get-session again.
export function SessionSync({ version }: { version: string }) {
  // refetch() cancels any fetch in flight and calls /get-session now, for
  // every useSession() on the page (they share one store). Outside a component,
  // authClient.$store.notify("$sessionSignal") does the same: it flips the
  // signal Better Auth itself flips after authClient.signIn, signOut or updateUser.
  const { refetch } = authClient.useSession();
  const rendered = useRef(version);

  useEffect(() => {
    // On the first render the store is already fetching: it does so on mount.
    if (rendered.current === version) return;
    rendered.current = version;
    void refetch();
  }, [version, refetch]);

  return null;
}
