import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";

// Answers private data: no shared cache may keep it.
const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    return NextResponse.json(
      { error: "Unauthorized" },
      { status: 401, headers: PRIVATE },
    );
  }

  // Pick the fields the client needs. session.session holds the session
  // token: never send it back in a body.
  const { id, name, email, emailVerified, image, createdAt } = session.user;
  return NextResponse.json(
    { user: { id, name, email, emailVerified, image, createdAt } },
    { headers: PRIVATE },
  );
}
