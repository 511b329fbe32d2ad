import { NextResponse, type NextRequest } from "next/server";

// THE TRAP. The cookie's name as it is in development. Over HTTPS (a
// BETTER_AUTH_URL that starts with https://), Better Auth names it
// __Secure-better-auth.session_token, this proxy never finds it, and every
// reader is sent to sign in, signed in or not; the sign-in page sends the
// signed-in ones straight back, and they loop. getSessionCookie() from
// better-auth/cookies looks for both names (examples/proxy/proxy.ts).
export function proxy(request: NextRequest) {
  if (request.cookies.has("better-auth.session_token")) {
    return NextResponse.next();
  }
  return NextResponse.redirect(
    new URL(
      "/login?next=/examples/proxy-mistakes/hard-coded-name",
      request.url,
    ),
  );
}

export const config = {
  matcher: ["/examples/proxy-mistakes/hard-coded-name"],
};
