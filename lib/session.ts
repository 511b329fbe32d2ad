import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "@/lib/auth";

// cache() keeps the result for the rest of this request, so every server
// component that calls getSession() shares one lookup. It is per request,
// never shared between readers.
export const getSession = cache(async () => {
  return auth.api.getSession({ headers: await headers() });
});

export const getUser = cache(async () => {
  const session = await getSession();
  return session?.user ?? null;
});
