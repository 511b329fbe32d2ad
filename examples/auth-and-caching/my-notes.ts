import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "@/lib/prisma";
import { getCurrentUser } from "./current-user";

/** The tag of one reader's cached notes: an id, never an email (tags are stored as written). */
export function notesTag(userId: string): string {
  return `notes:${userId}`;
}

/** The signed-in reader's notes, cached per reader; null when signed out. */
export async function getMyNotes() {
  const user = await getCurrentUser();
  return user ? notesOf(user.id) : null;
}

// Not exported: the only way in is getMyNotes(), which takes the id from the
// session. Exported, any caller could pass another reader's id.
async function notesOf(userId: string) {
  "use cache";
  // The arguments are the key: one entry per reader, kept in this server's memory.
  cacheTag(notesTag(userId));
  cacheLife("minutes");
  const notes = await prisma.note.findMany({
    where: { ownerId: userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true },
    take: 5,
  });
  return {
    notes,
    total: await prisma.note.count({ where: { ownerId: userId } }),
    cachedAt: new Date().toISOString(),
  };
}
