import { NextResponse, type NextRequest } from "next/server";
import { findRequestStats } from "@/lib/query-stats";

// How many session reads a finished render made (see lib/query-stats.ts).
export function GET(request: NextRequest) {
  const stats = findRequestStats(request.nextUrl.searchParams.get("id") ?? "");
  if (!stats) {
    return NextResponse.json(
      { error: "No render with that id" },
      { status: 404 },
    );
  }
  const { sessionReads, sessionQueries } = stats;
  return NextResponse.json(
    { sessionReads, sessionQueries },
    { headers: { "Cache-Control": "no-store" } },
  );
}
