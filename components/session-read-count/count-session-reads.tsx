import { connection } from "next/server";
import type { ReactNode } from "react";
import { publishRequestStats, requestStats } from "@/lib/query-stats";
import { SessionReadCount } from "./session-read-count";

// Renders a live example and, under it, how many session reads its request made.
export async function CountSessionReads({
  explanation,
  children,
}: {
  explanation: string;
  children: ReactNode;
}) {
  // A new id for every request: never part of a prerender.
  await connection();
  const stats = requestStats();
  publishRequestStats(stats);
  return (
    <>
      {children}
      <SessionReadCount requestId={stats.id} explanation={explanation} />
    </>
  );
}
