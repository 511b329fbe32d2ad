// With Cache Components, a page's redirect() runs after the response has
// started: the status is 200 and the redirect is streamed in the body (see
// lesson 1). A real 307 comes only from a check that runs before the page,
// such as proxy.ts.
import type { APIResponse } from "@playwright/test";
import { expect } from "@playwright/test";

/** The streamed redirect's target, or null when the body holds none. */
export function streamedRedirectTarget(html: string): string | null {
  return (
    /NEXT_REDIRECT;(?:replace|push);([^;"\\]*);307;/.exec(html)?.[1] ?? null
  );
}

/**
 * The response is a page that redirects to `target` in its body. `meta`: the
 * check sat inside <Suspense>, so a browser without JavaScript gets a
 * <meta http-equiv="refresh"> too (a page marked instant = false has none).
 */
export async function expectStreamedRedirect(
  response: APIResponse,
  target: string,
  { meta }: { meta?: boolean } = {},
) {
  expect(response.status(), response.url()).toBe(200);
  const html = await response.text();
  expect(streamedRedirectTarget(html), response.url()).toBe(target);
  const refresh = `<meta id="__next-page-redirect" http-equiv="refresh" content="1;url=${target.replace(/&/g, "&amp;")}"/>`;
  if (meta !== undefined) {
    expect(
      html.includes(refresh),
      `${response.url()} has a <meta refresh>`,
    ).toBe(meta);
  }
  return html;
}

/**
 * The response is a page whose notFound() ran after the response started:
 * a 200 that streams the not-found page, marked noindex. (A Route Handler's
 * 404, or a proxy's, is still a real 404.)
 */
export async function expectStreamedNotFound(response: APIResponse) {
  expect(response.status(), response.url()).toBe(200);
  const html = await response.text();
  expect(html, response.url()).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
  expect(html, response.url()).toContain(
    '<meta name="robots" content="noindex"/>',
  );
  return html;
}
