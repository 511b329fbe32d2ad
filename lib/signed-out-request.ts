// Makes the request a visitor without a session would make to one of the
// live examples, for real, over HTTP, and reports what came back. Used by the
// "signed-out visitor" panels on the docs pages. The browser cannot show this
// itself: it cannot read a redirect's status, and it cannot drop its own
// cookie for a form post.

import { LESSONS, type SignedOutRequest } from "./course/lessons";

/** Every lesson's signed-out requests, by the id its page's <SignedOutView> names. */
export const SIGNED_OUT_EXAMPLES: Readonly<Record<string, SignedOutRequest>> =
  Object.fromEntries(
    LESSONS.flatMap((lesson) => Object.entries(lesson.signedOut)),
  );

export type SignedOutResult = {
  request: string;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
};

const SHOWN_HEADERS = ["location", "content-type", "cache-control"];

export function isSignedOutExample(name: string): boolean {
  return Object.hasOwn(SIGNED_OUT_EXAMPLES, name);
}

/**
 * The origin to call. Never taken from the Host header alone, which a client
 * controls: BETTER_AUTH_URL when set, else the request's origin only when it
 * is a loopback address (development and tests).
 */
export function selfOrigin(requestUrl: string): string | null {
  if (process.env.BETTER_AUTH_URL) {
    return new URL(process.env.BETTER_AUTH_URL).origin;
  }
  const url = new URL(requestUrl);
  return ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)
    ? url.origin
    : null;
}

export async function requestSignedOut(
  origin: string,
  example: string,
): Promise<SignedOutResult> {
  const entry = SIGNED_OUT_EXAMPLES[example];
  const { method, path } = entry;
  if (method === "GET") {
    const cookie = "cookie" in entry ? entry.cookie : undefined;
    const response = await fetch(origin + path, {
      redirect: "manual",
      cache: "no-store",
      headers: cookie ? { cookie } : {},
    });
    const body = await response.text();
    const isPage =
      response.status === 200 &&
      response.headers.get("content-type")?.startsWith("text/html");
    return describe(
      `GET ${path} ${cookie ? `with only the cookie ${cookie}` : "with no cookie"}`,
      response,
      isPage ? streamedRedirect(body) : body,
    );
  }
  if ("json" in entry) {
    return postJsonFrom(entry.origin, origin + path, entry.json);
  }
  return submitFormSignedOut(origin, path);
}

// A JSON POST as a page on `pageOrigin` would send it: the browser names
// that page's origin in the Origin header, whatever the target.
async function postJsonFrom(
  pageOrigin: string,
  url: string,
  json: object,
): Promise<SignedOutResult> {
  const response = await fetch(url, {
    method: "POST",
    body: JSON.stringify(json),
    headers: { "content-type": "application/json", origin: pageOrigin },
    redirect: "manual",
    cache: "no-store",
  });
  return describe(
    `POST ${new URL(url).pathname} with Origin: ${pageOrigin} and no cookie`,
    response,
    await response.text(),
  );
}

// Posts the page's form the way a browser without JavaScript would: the form
// fields React rendered into the page, plus a new name, and no cookie.
async function submitFormSignedOut(
  origin: string,
  path: string,
): Promise<SignedOutResult> {
  const page = await fetch(origin + path, { cache: "no-store" });
  const form = new FormData();
  for (const [name, value] of hiddenInputs(await page.text())) {
    form.append(name, value);
  }
  form.append("name", "Mallory");
  const response = await fetch(origin + path, {
    method: "POST",
    body: form,
    headers: { origin },
    redirect: "manual",
    cache: "no-store",
  });
  const html = await response.text();
  const message = actionMessage(html);
  return describe(
    `POST ${path} (the form, name=Mallory) with no cookie`,
    response,
    message ? `The action answered: ${message}` : html.slice(0, 500),
  );
}

/**
 * The message a form's Server Action answered a post without JavaScript with.
 * Rendered into the form's status line when the page has no static shell;
 * under Cache Components it has one, and React's resume, which renders the
 * page after the action, takes no form state: the answer then arrives only as
 * the form state Next.js inlines for hydration, and shows once JavaScript runs.
 */
export function actionMessage(html: string): string | undefined {
  // The form's status line: role="status", as the examples render it.
  const rendered = /role="status"[^>]*>([^<]*)</.exec(html)?.[1];
  if (rendered) return decodeEntities(rendered);
  return (
    inlinedFormState(html)?.message ?? (rendered === undefined ? undefined : "")
  );
}

/** The action state Next.js inlines for hydration: self.__next_f.push([2, [state, …]]). */
export function inlinedFormState(
  html: string,
): { ok?: boolean; message?: string } | undefined {
  const start = html.indexOf("self.__next_f.push([2,");
  if (start === -1) return undefined;
  const end = html.indexOf("])</script>", start);
  try {
    const [, [state]] = JSON.parse(
      html.slice(start + "self.__next_f.push(".length, end + 1),
    );
    return state && typeof state === "object" ? state : undefined;
  } catch {
    return undefined;
  }
}

export function hiddenInputs(html: string): [string, string][] {
  return [...html.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].flatMap(
    ([tag]) => {
      const name = /\bname="([^"]*)"/.exec(tag)?.[1];
      const value = /\bvalue="([^"]*)"/.exec(tag)?.[1] ?? "";
      return name
        ? [[decodeEntities(name), decodeEntities(value)] as [string, string]]
        : [];
    },
  );
}

/**
 * With Cache Components a page's redirect() runs after the response has
 * started (status 200): Next.js streams it in the body. What the browser gets
 * to act on, pulled out of the HTML.
 */
function streamedRedirect(html: string): string {
  const meta = /<meta id="__next-page-redirect"[^>]*>/.exec(html)?.[0];
  const instruction = /NEXT_REDIRECT;[^;"\\]*;([^;"\\]*);(\d+);/.exec(html);
  return [
    `${html.length.toLocaleString("en-US")} bytes of HTML, streamed.`,
    instruction
      ? `The redirect, in the page's data for the browser's router: ${instruction[0]} (JavaScript follows it to ${instruction[1]}).`
      : "No redirect in the page's data.",
    meta
      ? `For a browser without JavaScript: ${meta}`
      : 'No <meta http-equiv="refresh">: a browser without JavaScript stays on this empty page.',
  ].join("\n");
}

function describe(
  request: string,
  response: Response,
  body: string,
): SignedOutResult {
  const headers: Record<string, string> = {};
  for (const name of SHOWN_HEADERS) {
    const value = response.headers.get(name);
    if (value) headers[name] = value;
  }
  return {
    request,
    status: response.status,
    statusText: response.statusText,
    headers,
    body,
  };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
