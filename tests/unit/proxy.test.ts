// The proxy's optimistic check, called as Next.js calls it, and its matcher.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { NextRequest } from "next/server";
import { config as exampleConfig, proxy } from "../../examples/proxy/proxy";
import { config as rootConfig } from "../../proxy";

const PAGE = "http://localhost:3000/examples/proxy?tab=1";

test("without a session cookie it redirects to /login, saying it was the proxy", () => {
  const response = proxy(new NextRequest(PAGE));
  assert.equal(response.status, 307);
  const location = new URL(response.headers.get("location")!);
  assert.equal(location.pathname, "/login");
  assert.equal(location.searchParams.get("next"), "/examples/proxy?tab=1");
  assert.equal(location.searchParams.get("from"), "proxy");
});

test("any cookie with the session cookie's name passes, made-up values included", () => {
  for (const cookie of ["better-auth.session_token=made-up.value", "__Secure-better-auth.session_token=x"]) {
    const response = proxy(new NextRequest(PAGE, { headers: { cookie } }));
    assert.equal(response.headers.get("x-middleware-next"), "1", cookie);
    assert.equal(response.headers.get("location"), null);
  }
});

test("the root proxy.ts matches exactly what the example shows", () => {
  assert.deepEqual(rootConfig, exampleConfig);
  assert.deepEqual(rootConfig.matcher, ["/examples/proxy/:path*"]);
});

test("the matcher covers the example's paths and no other route of the site", () => {
  // Next.js's own matcher compiler (internal, from the installed version): the
  // regular expression it writes into the build's proxy manifest.
  const { getMiddlewareMatchers } = createRequire(import.meta.url)("next/dist/build/analysis/get-page-static-info.js");
  const [{ regexp }] = getMiddlewareMatchers(rootConfig.matcher, {});
  const runsOn = (path: string) => new RegExp(regexp).test(path);
  for (const path of ["/examples/proxy", "/examples/proxy/", "/examples/proxy/deeper/page"]) assert.equal(runsOn(path), true, path);
  for (const path of ["/", "/proxy", "/login", "/examples/proxy-other", "/examples/server-component", "/api/user", "/api/auth/get-session", "/_next/static/chunk.js"]) {
    assert.equal(runsOn(path), false, path);
  }
});
