import type { NextRequest } from "next/server";
import { proxy as cookieCheck } from "@/examples/proxy/proxy";
import { proxy as fullCheck } from "@/examples/proxy/full-check/proxy";

// Next.js runs the proxy from this root file. The lesson shows two proxies,
// each on its own example's path; an app has one of them, as its proxy.ts.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isFullCheckExample = pathname === "/examples/proxy/full-check" || pathname.startsWith("/examples/proxy/full-check/");
  return isFullCheckExample ? fullCheck(request) : cookieCheck(request);
}

// Written out here, not re-exported: Next.js reads `config` from this file's
// own source at build time. A re-exported `config` is not read (Next warns
// "can't recognize the exported `config` field" and uses the default), and the
// default runs the proxy on every route of the site. A unit test keeps this
// covering both examples' matchers, and nothing else.
export const config = {
  matcher: ["/examples/proxy/:path*"],
};
