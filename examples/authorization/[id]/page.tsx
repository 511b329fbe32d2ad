import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getSession } from "@/lib/session";
import { prisma } from "@/lib/prisma";
import { DeleteNoteForm, EditNoteForm } from "../note-forms";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function NotePage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const session = await getSession();
  if (!session) redirect("/login?next=/examples/authorization");

  // One query asks for this id AND this owner. Someone else's note and a
  // note that doesn't exist both come back null, and both get the same 404:
  // a 403 would tell the visitor that the id is real.
  const note = await prisma.note.findFirst({
    where: { id, ownerId: session.user.id },
    select: { id: true, title: true, body: true },
  });
  if (!note) notFound();

  return (
    <main className="example-page">
      <p>
        <Link href="/examples/authorization">← Your notes</Link>
      </p>
      <h1 data-testid="note-title">{note.title}</h1>
      <EditNoteForm note={note} />
      <DeleteNoteForm noteId={note.id} />
    </main>
  );
}
