import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { getUser } from "@/lib/session";
import { prisma } from "@/lib/prisma";

// This site only, not part of any pattern. The guide's traps really work, so
// on a public site they must never reach another real reader's data. Each
// reader gets a second reader of their own, who owns the data a trap may
// touch, and who never signs in (no password, an address at .invalid).

const NOTE = {
  title: "A note of your second reader",
  body: "Not yours: the common handler hands it over anyway.",
};

/** The reader's second reader and their note, made on first use (one per reader: demoOwnerId is unique). */
export async function secondReaderOf(user: { id: string; name: string }) {
  return prisma.user.upsert({
    where: { demoOwnerId: user.id },
    update: {},
    create: {
      id: randomUUID(),
      name: `Second reader of ${user.name}`.slice(0, 100),
      email: `second-reader-${randomUUID()}@example.invalid`,
      demoOwnerId: user.id,
      notes: { create: NOTE },
    },
    select: {
      id: true,
      name: true,
      notes: { select: { id: true, title: true, body: true } },
    },
  });
}

type NoteRoute = (
  request: Request,
  context: { params: Promise<{ id: string }> },
) => Promise<Response>;

/**
 * Wraps a trap's note handler so it runs only on notes of the caller or of
 * the caller's second reader. Any other note gets the same 404 as a made-up
 * id, before the trap's code runs; a signed-out caller reaches the trap,
 * which answers 401 itself.
 */
export function withinOwnReaders(handler: NoteRoute): NoteRoute {
  return async (request, context) => {
    const user = await getUser();
    const { id } = await context.params;
    if (user && !(await isOwnReadersNote(id, user.id))) {
      return NextResponse.json({ error: "Not found" }, { status: 404 });
    }
    return handler(request, context);
  };
}

async function isOwnReadersNote(
  noteId: string,
  userId: string,
): Promise<boolean> {
  const note = await prisma.note.findUnique({
    where: { id: noteId },
    select: { owner: { select: { id: true, demoOwnerId: true } } },
  });
  // A missing note is left to the trap: its own answer is part of the lesson.
  return !note || note.owner.id === userId || note.owner.demoOwnerId === userId;
}
