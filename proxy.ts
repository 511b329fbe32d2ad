// Next.js runs the proxy from this root file; the code readers copy is in
// examples/proxy/proxy.ts.
export { proxy } from "@/examples/proxy/proxy";

// Written out here, not re-exported: Next.js reads `config` from this file's
// own source at build time. A re-exported `config` is not read (Next warns
// "can't recognize the exported `config` field" and uses the default), and the
// default runs the proxy on every route of the site. A unit test keeps this
// equal to the example's matcher.
export const config = {
  matcher: ["/examples/proxy/:path*"],
};
