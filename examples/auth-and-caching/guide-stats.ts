import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "@/lib/prisma";

// Shared data: the same answer for every reader, so one cached copy serves
// them all, renewed in the background once it is a minute old. It reads
// nothing from the request: inside "use cache", headers() and cookies() throw.
export async function getGuideStats() {
  "use cache";
  cacheLife("minutes");
  cacheTag("guide-stats");
  // Counting every row is cheap here and slow on a big table.
  const [readers, notes] = await Promise.all([
    prisma.user.count(),
    prisma.note.count(),
  ]);
  return { readers, notes, generatedAt: new Date().toISOString() };
}
