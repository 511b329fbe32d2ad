import "server-only";
import { cacheLife } from "next/cache";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";

export type CurrentUser = { id: string; name: string };

// "use cache: private" may read headers() and cookies(), which a plain
// "use cache" may not. Next.js never stores the result on the server across
// requests: calls within one request share it, and the browser's router keeps
// the rendered result for `stale` seconds for this reader alone.
export async function getCurrentUser(): Promise<CurrentUser | null> {
  "use cache: private";
  cacheLife({ stale: 60 });
  const session = await auth.api.getSession({ headers: await headers() });
  // Only what the page needs: never the session token.
  return session ? { id: session.user.id, name: session.user.name } : null;
}
