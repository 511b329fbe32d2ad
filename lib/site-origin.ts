import "server-only";
import { headers } from "next/headers";

/**
 * The site's origin for links a reader copies (invite links).
 * BETTER_AUTH_URL when set; otherwise the request's own Host, which is fine
 * for display: a client that forges it only changes what it is shown.
 */
export async function siteOrigin(): Promise<string> {
  if (process.env.BETTER_AUTH_URL) {
    return new URL(process.env.BETTER_AUTH_URL).origin;
  }
  const requestHeaders = await headers();
  const protocol =
    requestHeaders.get("x-forwarded-proto")?.split(",")[0] ?? "http";
  return `${protocol}://${requestHeaders.get("host") ?? "localhost:3000"}`;
}

/**
 * The origin for what `next build` writes (the Markdown pages, llms.txt):
 * BETTER_AUTH_URL as it was at build time, or "" for site-relative links,
 * since a build has no request to take a Host from.
 */
export function builtOrigin(): string {
  return process.env.BETTER_AUTH_URL
    ? new URL(process.env.BETTER_AUTH_URL).origin
    : "";
}
