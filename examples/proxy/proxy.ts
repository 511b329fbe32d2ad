import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

// An optimistic check, run before any matched route: it only looks for a
// session cookie. It does not check the signature, the expiry or the
// database, so a made-up cookie passes. That is fine: it exists to send most
// signed-out visitors to sign in early and cheaply. Every page, Server Action
// and Route Handler behind it still checks the session itself.
export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) return NextResponse.next();

  const login = new URL("/login", request.url);
  login.searchParams.set(
    "next",
    request.nextUrl.pathname + request.nextUrl.search,
  );
  return NextResponse.redirect(login);
}

// Only these paths run the proxy; every other route never sees it. Without a
// matcher it would run for every request, static files included. Next.js reads
// this object from the source at build time: keep it a literal, in proxy.ts.
export const config = {
  matcher: ["/examples/proxy/:path*"],
};
