import { NextResponse, type NextRequest } from "next/server";
import {
  isSignedOutExample,
  requestSignedOut,
  selfOrigin,
} from "@/lib/signed-out-request";

// GET /api/signed-out-view?example=server-component: what a visitor without
// a session gets from that live example. Only the listed examples can be asked for.
export async function GET(request: NextRequest) {
  const example = request.nextUrl.searchParams.get("example") ?? "";
  if (!isSignedOutExample(example)) {
    return NextResponse.json(
      { error: `Unknown example "${example}"` },
      { status: 400 },
    );
  }
  const origin = selfOrigin(request.url);
  if (!origin) {
    return NextResponse.json(
      { error: "Set BETTER_AUTH_URL to this site's public URL" },
      { status: 500 },
    );
  }
  return NextResponse.json(await requestSignedOut(origin, example), {
    headers: { "Cache-Control": "no-store" },
  });
}
