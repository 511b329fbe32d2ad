import { NextResponse } from "next/server";

// An unprotected route: the ceiling `npm run bench` compares /api/user with.
export function GET() {
  return NextResponse.json(
    { ok: true },
    { headers: { "Cache-Control": "no-store" } },
  );
}
