import type { NextRequest } from "next/server";

type ExampleProxy = {
  proxy: (request: NextRequest) => Response | Promise<Response>;
};

// Next.js runs the proxy from this root file. The lessons show several
// proxies, each on its own example's path; an app has one, as its proxy.ts.
// Each is loaded on the first request to its path: loaded up front, the
// full check's Better Auth and Prisma made the first request of any page
// after a start wait for them (about 200 ms, measured 2026-12-03).
const EXAMPLE_PROXIES: [path: string, load: () => Promise<ExampleProxy>][] = [
  [
    "/examples/session-lifetime",
    () => import("@/examples/session-lifetime/proxy"),
  ],
  [
    "/examples/proxy-mistakes/login-redirect/login",
    () => import("@/examples/proxy-mistakes/login-redirect/proxy"),
  ],
  [
    "/examples/proxy-mistakes/hard-coded-name",
    () => import("@/examples/proxy-mistakes/hard-coded-name/proxy"),
  ],
  [
    "/examples/proxy-mistakes/cookie-cache",
    () => import("@/examples/proxy-mistakes/cookie-cache/proxy"),
  ],
  [
    "/examples/proxy/full-check",
    () => import("@/examples/proxy/full-check/proxy"),
  ],
  ["/examples/proxy", () => import("@/examples/proxy/proxy")],
];

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const within = (base: string) =>
    pathname === base || pathname.startsWith(`${base}/`);
  const [, load] =
    EXAMPLE_PROXIES.find(([base]) => within(base)) ??
    EXAMPLE_PROXIES[EXAMPLE_PROXIES.length - 1];
  return (await load()).proxy(request);
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
