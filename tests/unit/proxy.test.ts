// The proxy's optimistic check, called as Next.js calls it, and the matchers.
// The full check needs the running site's database; the end-to-end proxy spec
// runs it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";
import { NextRequest } from "next/server";
import { config as exampleConfig, proxy } from "../../examples/proxy/proxy";

// Read from the source, as Next.js reads them: importing these files would
// load lib/auth.ts, which is server-only.
const matcherIn = (file: string): string[] =>
  JSON.parse(
    readFileSync(new URL(`../../${file}`, import.meta.url), "utf8")
      .match(/matcher: (\[[\s\S]*?\])/)![1]
      .replace(/,\s*\]$/, "]"),
  );
const rootConfig = { matcher: matcherIn("proxy.ts") };
const mistakesMatchers = [
  "login-redirect",
  "hard-coded-name",
  "cookie-cache",
].flatMap((name) => matcherIn(`examples/proxy-mistakes/${name}/proxy.ts`));
const fullCheckConfig = {
  matcher: matcherIn("examples/proxy/full-check/proxy.ts"),
};
const sessionRefreshConfig = {
  matcher: matcherIn("examples/session-lifetime/proxy.ts"),
};

const PAGE = "http://localhost:3000/examples/proxy?tab=1";

test("without a session cookie it redirects to /login, keeping the page to come back to", () => {
  const response = proxy(new NextRequest(PAGE));
  assert.equal(response.status, 307);
  const location = new URL(response.headers.get("location")!);
  assert.equal(location.pathname, "/login");
  assert.equal(location.searchParams.get("next"), "/examples/proxy?tab=1");
});

test("any cookie with the session cookie's name passes, made-up values included", () => {
  for (const cookie of [
    "better-auth.session_token=made-up.value",
    "__Secure-better-auth.session_token=x",
  ]) {
    const response = proxy(new NextRequest(PAGE, { headers: { cookie } }));
    assert.equal(response.headers.get("x-middleware-next"), "1", cookie);
    assert.equal(response.headers.get("location"), null);
  }
});

// Next.js's own matcher compiler (internal, from the installed version): the
// regular expression it writes into the build's proxy manifest.
function matches(config: { matcher: string[] }): (path: string) => boolean {
  const { getMiddlewareMatchers } = createRequire(import.meta.url)(
    "next/dist/build/analysis/get-page-static-info.js",
  );
  const matchers: { regexp: string }[] = getMiddlewareMatchers(
    config.matcher,
    {},
  );
  return (path) => matchers.some(({ regexp }) => new RegExp(regexp).test(path));
}

test("the root proxy.ts matches exactly what the examples' proxies show", () => {
  assert.deepEqual(rootConfig.matcher, [
    ...exampleConfig.matcher,
    ...sessionRefreshConfig.matcher,
    ...mistakesMatchers,
  ]);
});

test("the proxy mistakes' matchers cover their own pages only, not the pages behind them", () => {
  const mistakes = matches({ matcher: mistakesMatchers });
  for (const path of [
    "/examples/proxy-mistakes/login-redirect/login",
    "/examples/proxy-mistakes/hard-coded-name",
    "/examples/proxy-mistakes/cookie-cache",
  ]) {
    assert.ok(mistakes(path), path);
  }
  for (const path of [
    "/examples/proxy-mistakes/login-redirect/dashboard",
    "/login",
    "/proxy-mistakes",
  ]) {
    assert.equal(mistakes(path), false, path);
  }
});

test("the session refresh's matcher covers its own example only", () => {
  const refresh = matches(sessionRefreshConfig);
  for (const path of [
    "/examples/session-lifetime",
    "/examples/session-lifetime/deeper",
  ]) {
    assert.ok(refresh(path), path);
  }
  for (const path of [
    "/session-lifetime",
    "/examples/proxy",
    "/examples/session-lifetimes",
    "/api/user",
  ]) {
    assert.equal(refresh(path), false, path);
  }
});

test("the full check's matcher is inside the root one, and covers its own example only", () => {
  const [root, fullCheck] = [matches(rootConfig), matches(fullCheckConfig)];
  for (const path of [
    "/examples/proxy/full-check",
    "/examples/proxy/full-check/deeper",
  ]) {
    assert.ok(root(path) && fullCheck(path), path);
  }
  for (const path of [
    "/examples/proxy",
    "/examples/proxy/full-checked",
    "/api/user",
  ]) {
    assert.equal(fullCheck(path), false, path);
  }
});

test("the matcher covers the examples' paths and no other route of the site", () => {
  const runsOn = matches(rootConfig);
  for (const path of [
    "/examples/proxy",
    "/examples/proxy/",
    "/examples/proxy/deeper/page",
    "/examples/session-lifetime",
  ]) {
    assert.equal(runsOn(path), true, path);
  }
  for (const path of [
    "/",
    "/proxy",
    "/session-lifetime",
    "/login",
    "/examples/proxy-other",
    "/examples/server-component",
    "/api/user",
    "/api/auth/get-session",
    "/_next/static/chunk.js",
  ]) {
    assert.equal(runsOn(path), false, path);
  }
});
