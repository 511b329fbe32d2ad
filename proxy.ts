import type { NextRequest } from "next/server";
import { proxy as cookieCheck } from "@/examples/proxy/proxy";
import { proxy as fullCheck } from "@/examples/proxy/full-check/proxy";
import { proxy as cookieCacheCheck } from "@/examples/proxy-mistakes/cookie-cache/proxy";
import { proxy as hardCodedName } from "@/examples/proxy-mistakes/hard-coded-name/proxy";
import { proxy as loginRedirect } from "@/examples/proxy-mistakes/login-redirect/proxy";
import { proxy as sessionRefresh } from "@/examples/session-lifetime/proxy";

// Next.js runs the proxy from this root file. The lessons show several
// proxies, each on its own example's path; an app has one, as its proxy.ts.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const within = (base: string) => pathname === base || pathname.startsWith(`${base}/`);
  if (within("/examples/session-lifetime")) return sessionRefresh(request);
  if (within("/examples/proxy-mistakes/login-redirect/login")) return loginRedirect(request);
  if (within("/examples/proxy-mistakes/hard-coded-name")) return hardCodedName(request);
  if (within("/examples/proxy-mistakes/cookie-cache")) return cookieCacheCheck(request);
  return within("/examples/proxy/full-check") ? fullCheck(request) : cookieCheck(request);
}

// Written out here, not re-exported: Next.js reads `config` from this file's
// own source at build time. A re-exported `config` is not read (Next warns
// "can't recognize the exported `config` field" and uses the default), and the
// default runs the proxy on every route of the site. A unit test keeps this
// covering the examples' matchers, and nothing else.
export const config = {
  matcher: [
    "/examples/proxy/:path*",
    "/examples/session-lifetime/:path*",
    "/examples/proxy-mistakes/login-redirect/login",
    "/examples/proxy-mistakes/hard-coded-name",
    "/examples/proxy-mistakes/cookie-cache",
  ],
};
