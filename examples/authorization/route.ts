import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/prisma";
import { checkNoteInput } from "@/lib/validation";

// GET, PUT and DELETE /api/examples/authorization/notes/:id. Each one checks the session, then
// puts the owner into the query itself, so a note that isn't the caller's
// is never read or written. Answers depend on the cookie: no shared cache.
const PRIVATE = { "Cache-Control": "private, no-store" };
const FIELDS = {
  id: true,
  title: true,
  body: true,
  createdAt: true,
  updatedAt: true,
};

type Context = { params: Promise<{ id: string }> };

async function currentUserId(): Promise<string | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  return session?.user.id ?? null;
}

function unauthorized() {
  return NextResponse.json(
    { error: "Unauthorized" },
    { status: 401, headers: PRIVATE },
  );
}

// Someone else's note gets the same 404 as a missing one, never a 403:
// "forbidden" would confirm that the id exists.
function notFound() {
  return NextResponse.json(
    { error: "Not found" },
    { status: 404, headers: PRIVATE },
  );
}

export async function GET(_request: Request, { params }: Context) {
  const userId = await currentUserId();
  if (!userId) return unauthorized();
  const { id } = await params;

  const note = await prisma.note.findFirst({
    where: { id, ownerId: userId },
    select: FIELDS,
  });
  return note ? NextResponse.json({ note }, { headers: PRIVATE }) : notFound();
}

// PUT replaces the note's title and body; both are required.
export async function PUT(request: Request, { params }: Context) {
  const userId = await currentUserId();
  if (!userId) return unauthorized();
  const { id } = await params;

  // A body that isn't JSON, or JSON that isn't an object, fails the same check.
  const input: unknown = await request.json().catch(() => null);
  const fields =
    typeof input === "object" && input !== null
      ? (input as Record<string, unknown>)
      : {};
  const note = checkNoteInput(fields.title, fields.body);
  if (!note.ok) {
    return NextResponse.json(
      { error: note.message },
      { status: 400, headers: PRIVATE },
    );
  }

  // The owner check and the write are one statement: count is 0 when the
  // note is missing or someone else's, and then nothing was written.
  const { count } = await prisma.note.updateMany({
    where: { id, ownerId: userId },
    data: note.value,
  });
  return count === 0
    ? notFound()
    : new NextResponse(null, { status: 204, headers: PRIVATE });
}

export async function DELETE(_request: Request, { params }: Context) {
  const userId = await currentUserId();
  if (!userId) return unauthorized();
  const { id } = await params;

  const { count } = await prisma.note.deleteMany({
    where: { id, ownerId: userId },
  });
  return count === 0
    ? notFound()
    : new NextResponse(null, { status: 204, headers: PRIVATE });
}
