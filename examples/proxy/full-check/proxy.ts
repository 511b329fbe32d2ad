import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";

// The full check: the proxy asks Better Auth, which verifies the cookie's
// signature and looks the session up in the database. A made-up, expired or
// signed-out cookie is refused here, before any page code runs. The price is
// one session lookup for every matched request, prefetches included, on top of
// the one the page still makes for itself.
export async function proxy(request: NextRequest) {
  const session = await auth.api.getSession({ headers: request.headers });
  if (session) return NextResponse.next();

  const login = new URL("/login", request.url);
  login.searchParams.set(
    "next",
    request.nextUrl.pathname + request.nextUrl.search,
  );
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/examples/proxy/full-check/:path*"],
};
