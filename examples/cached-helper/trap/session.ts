// The trap, kept to compare: the same helper NOT wrapped in cache(). Every
// call is one more session lookup in the database.
import "server-only";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";

export async function getUser() {
  const session = await auth.api.getSession({ headers: await headers() });
  return session?.user ?? null;
}
