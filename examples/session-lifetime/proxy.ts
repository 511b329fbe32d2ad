import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";

// Keeps active readers signed in. Once a session is a day old (updateAge),
// getSession extends it in the database and sends a refreshed cookie. A page
// cannot set that cookie; the proxy can, so the browser's copy is extended
// with the row. It checks nothing and redirects no one: the page does that.
export async function proxy(request: NextRequest) {
  if (getSessionCookie(request)) {
    await auth.api.getSession({ headers: request.headers });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/examples/session-lifetime/:path*"],
};
