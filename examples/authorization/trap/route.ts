// The version many snippets show, kept to compare (live at /api/examples/authorization/trap/notes/:id).
// It checks that someone is signed in, then reads and writes the note by its id
// alone: any signed-in reader who learns an id can read and change that note.
import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const { id } = await params;

  const note = await prisma.note.findUnique({ where: { id } });
  if (!note) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json({ note });
}

export async function PUT(request: Request, { params }: Context) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const { id } = await params;

  const { title, body } = await request.json();
  const note = await prisma.note.update({
    where: { id },
    data: { title, body },
  });
  return NextResponse.json({ note });
}
