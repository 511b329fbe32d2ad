import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { AddNoteForm } from "./add-note-form";
import { getCurrentUser } from "./current-user";
import { getGuideStats } from "./guide-stats";
import { getMyNotes } from "./my-notes";

// Three caches on one page, each holding only what it may hold:
// the statistics are shared, the notes are cached per reader, and the
// session is read per request ("use cache: private").
export default function GuidePage() {
  return (
    <main className="example-page">
      <h1>This guide today</h1>
      <Suspense fallback={<p>Counting readers…</p>}>
        <GuideStats />
      </Suspense>
      {/* Everything that depends on the reader renders per request, here. */}
      <Suspense fallback={<p>Checking who you are…</p>}>
        <ReaderPart />
      </Suspense>
    </main>
  );
}

async function GuideStats() {
  // Without this, `next build` would run the cached query to put its answer
  // in the static shell, and the build would need the database.
  await connection();
  const stats = await getGuideStats();
  return (
    <>
      <p data-testid="guide-stats">
        {stats.readers} readers have signed up and written {stats.notes} notes.
      </p>
      <p>
        Counted at{" "}
        <time data-testid="stats-generated-at">{stats.generatedAt}</time>, one
        copy for every reader, renewed in the background once it is a minute
        old.
      </p>
    </>
  );
}

async function ReaderPart() {
  const [user, mine] = await Promise.all([getCurrentUser(), getMyNotes()]);
  if (!user || !mine) {
    return (
      <p data-testid="welcome">
        You are signed out.{" "}
        <Link href="/login?next=/examples/auth-and-caching">Sign in</Link> to be
        greeted by name and see your notes.
      </p>
    );
  }
  return (
    <>
      <p data-testid="welcome">
        Welcome back, <strong>{user.name}</strong>!
      </p>
      <h2>Your notes ({mine.total})</h2>
      <ul data-testid="my-notes">
        {mine.notes.map((note) => (
          <li key={note.id}>{note.title}</li>
        ))}
      </ul>
      <p>
        Cached for you alone at{" "}
        <time data-testid="my-notes-cached-at">{mine.cachedAt}</time>, under the
        tag <code>notes:{"<your id>"}</code>.
      </p>
      <AddNoteForm />
    </>
  );
}
