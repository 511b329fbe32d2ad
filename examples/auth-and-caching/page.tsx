import Link from "next/link";
import { Suspense } from "react";
import { getUser } from "@/examples/cached-helper/session";
import { getGuideStats } from "./guide-stats";

// The fix: cache what is the same for everyone, read the session per request.
export default async function GuidePage({ round }: { round: string }) {
  const stats = await getGuideStats(round);

  return (
    <main className="example-page">
      <h1>This guide today</h1>
      <p data-testid="guide-stats">
        {stats.readers} readers have signed up and written {stats.notes} notes.
      </p>
      <p>
        Counted at <time data-testid="stats-generated-at">{stats.generatedAt}</time>, one copy for every
        reader, refreshed every 30 seconds.
      </p>
      {/* The per-reader part: outside the cache, behind its own boundary. */}
      <Suspense fallback={<p>Checking who you are…</p>}>
        <Welcome />
      </Suspense>
    </main>
  );
}

async function Welcome() {
  // Per request, never cached across requests: cache() from lesson 2.
  const user = await getUser();
  if (!user) {
    return (
      <p data-testid="welcome">
        You are signed out. <Link href="/login?next=/examples/auth-and-caching">Sign in</Link> to be greeted by name.
      </p>
    );
  }
  return (
    <p data-testid="welcome">
      Welcome back, <strong>{user.name}</strong>!
    </p>
  );
}
