"use client";

// The same page checked in the browser instead, kept to compare. The server
// sends the page to anyone; the browser then downloads the auth client, asks
// /api/auth/get-session, and only then knows whether to show the name.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { authClient } from "@/lib/auth-client";

export default function DashboardPageClientCheck() {
  const { data: session, isPending } = authClient.useSession();
  const router = useRouter();

  useEffect(() => {
    if (!isPending && !session) {
      router.replace("/login?next=/examples/server-component/alternative");
    }
  }, [isPending, session, router]);

  if (!session) return <main className="example-page">Loading…</main>;
  return (
    <main className="example-page">
      <h1>Welcome, {session.user.name}</h1>
      <p>
        This page asked for your session from the browser, after its JavaScript
        had loaded.
      </p>
    </main>
  );
}
