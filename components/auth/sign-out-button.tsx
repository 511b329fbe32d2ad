"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { authClient } from "@/lib/auth-client";

export function SignOutButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function signOut() {
    startTransition(async () => {
      await authClient.signOut();
      // Re-render the server components (the navbar, a protected page) without the session.
      router.refresh();
    });
  }

  return (
    <button type="button" onClick={signOut} disabled={pending} className="navbar-account-button">
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
