import { getCookieCache } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

// getCookieCache reads the signed copy of the session that Better Auth's
// cookie cache keeps in a cookie (lesson 9), and checks its signature and its
// expiry, without the database. What it proves: Better Auth issued this copy,
// less than cookieCache.maxAge ago. Not that the session is still valid: a
// session signed out or revoked since then passes until the copy expires.
// With the cookie cache off there is no copy, and it answers null for
// everyone. In production it looks for the __Secure- name unless told the
// site's scheme, so `isSecure` is set from BETTER_AUTH_URL.
export async function proxy(request: NextRequest) {
  const isSecure = process.env.BETTER_AUTH_URL?.startsWith("https://") ?? false;
  const cached = await getCookieCache(request, { isSecure });
  if (cached) return NextResponse.next();
  // Not a redirect to /login: a signed-in reader whose copy is missing would
  // be sent back here by the sign-in page, and loop.
  return new NextResponse("No cached session: getCookieCache answered null.", { status: 401, headers: { "content-type": "text/plain" } });
}

export const config = {
  matcher: ["/examples/proxy-mistakes/cookie-cache"],
};
