// Where to send a reader after sign-in. Only paths on this site are allowed:
// "//evil.example", "/\evil.example" and "https://evil.example" would all make
// the browser leave the site (an open redirect), so they fall back to "/".
const PLACEHOLDER_ORIGIN = "http://same-site.invalid";

export function safeNextPath(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || !next.startsWith("/")) return fallback;
  // Browsers treat "\" like "/" and drop tabs and newlines, so "/\host" and
  // "/\t/host" are protocol-relative too. Refuse them outright.
  if (/[\\\u0000-\u001f]/.test(next) || next.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
