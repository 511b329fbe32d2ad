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
  // An app would send the reader to /login. Not here: on this site, with the
  // cache off, the sign-in page would send a signed-in reader straight back.
  return NextResponse.redirect(
    new URL("/examples/proxy-mistakes/cookie-cache/refused", request.url),
  );
}

export const config = {
  matcher: ["/examples/proxy-mistakes/cookie-cache"],
};
