import Link from "next/link";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/session";
import { prisma } from "@/lib/prisma";
import { NewNoteForm } from "./note-forms";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function NotesPage() {
  const session = await getSession();
  if (!session) redirect("/login?next=/examples/authorization");

  // The filter on the owner is the authorization: without it, every
  // signed-in reader would see every note.
  const notes = await prisma.note.findMany({
    where: { ownerId: session.user.id },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true },
  });

  return (
    <main className="example-page">
      <h1>Your notes</h1>
      {notes.length === 0 ? (
        <p>You have no notes yet. Add one below.</p>
      ) : (
        <ul className="example-list">
          {notes.map((note) => (
            <li key={note.id}>
              <Link href={`/examples/authorization/${note.id}`}>
                {note.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h2>New note</h2>
      <NewNoteForm />
    </main>
  );
}
