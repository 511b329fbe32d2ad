import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

// THE TRAP. "Signed-in readers have no business on the sign-in page": the
// proxy sends anyone with a session cookie on to the dashboard. But a cookie
// is not a session. With an expired, revoked or made-up one, the dashboard
// (which asks Better Auth) sends the reader back to sign in, the proxy sends
// them on again, and they never reach the sign-in page (lesson 16).
// The fix: let the sign-in page decide, with a full check (app/login).
export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) {
    return NextResponse.redirect(
      new URL("/examples/proxy-mistakes/login-redirect/dashboard", request.url),
    );
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/examples/proxy-mistakes/login-redirect/login"],
};
