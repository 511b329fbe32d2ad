import { NextResponse } from "next/server";
import { listMySessions } from "./dal";

// Answers private data: no shared cache may keep it.
const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET() {
  const sessions = await listMySessions();
  if (!sessions) {
    return NextResponse.json(
      { error: "Unauthorized" },
      { status: 401, headers: PRIVATE },
    );
  }
  // Already a DTO: the DAL left the tokens out, so this can send it as it is.
  return NextResponse.json({ sessions }, { headers: PRIVATE });
}
