import "server-only";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/prisma";

// Shared data: the same answer for every reader, so one cached copy serves
// them all. Nothing in it comes from the session, and it reads no cookies or
// headers (inside unstable_cache, Next.js throws if it does).
// `round` is only read by the cache: arguments are part of its key, so each
// round of this demo (the tests start a fresh one) gets an entry of its own.
export const getGuideStats = unstable_cache(
  async (round: string) => {
    // Counting every row is cheap here and slow on a big table.
    const [readers, notes] = await Promise.all([prisma.user.count(), prisma.note.count()]);
    return { readers, notes, generatedAt: new Date().toISOString() };
  },
  ["guide-stats"],
  { revalidate: 30 },
);
