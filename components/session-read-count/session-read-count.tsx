"use client";

import { useEffect, useState } from "react";
import "./session-read-count.css";

// Asks, once the page has arrived, how many session reads its own render made.
// By then every component above has rendered, so the count is final.
export function SessionReadCount({
  requestId,
  explanation,
}: {
  requestId: string;
  explanation: string;
}) {
  const [counts, setCounts] = useState<{
    sessionReads: number;
    sessionQueries: number;
  } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      // A busy server can be slow to answer: try a few times before giving up.
      for (let attempt = 0; attempt < 5 && !cancelled; attempt++) {
        try {
          const response = await fetch(`/api/request-stats?id=${requestId}`, {
            signal: AbortSignal.timeout(4_000),
          });
          if (response.ok) {
            const body: { sessionReads: number; sessionQueries: number } =
              await response.json();
            if (!cancelled) setCounts(body);
            return;
          }
        } catch {
          // Timed out or offline: try again.
        }
      }
      if (!cancelled) setFailed(true);
    })();
    return () => {
      cancelled = true;
    };
  }, [requestId]);

  return (
    <aside className="session-read-count" aria-live="polite">
      <span className="session-read-count-label">
        Session reads from the database in this request
      </span>
      <strong data-testid="session-reads">
        {failed ? "unavailable" : (counts?.sessionReads ?? "…")}
      </strong>
      <span className="session-read-count-note">
        {explanation} Counted from the SQL that Prisma sent to SQLite: each read
        is two queries, the session row and then its user, so this request made{" "}
        <span data-testid="session-queries">
          {counts?.sessionQueries ?? "…"}
        </span>
        .
      </span>
    </aside>
  );
}
