import { NextResponse } from "next/server";
import { getUser } from "@/lib/session";
import { secondReaderOf } from "@/lib/second-reader";

const PRIVATE = { "Cache-Control": "private, no-store" };

// Makes (once) and returns the caller's second reader, whose note the trap at
// /api/examples/authorization/trap/notes/:id reads and changes although it is not the caller's.
export async function POST() {
  const user = await getUser();
  if (!user) {
    return NextResponse.json(
      { error: "Unauthorized" },
      { status: 401, headers: PRIVATE },
    );
  }
  const reader = await secondReaderOf(user);
  return NextResponse.json(
    {
      reader: { id: reader.id, name: reader.name },
      note: reader.notes[0] ?? null,
    },
    { headers: PRIVATE },
  );
}
