"use client";

import { useEffect, useState } from "react";

// Asks, once the page has arrived, how many session reads its own render made.
// By then every component above has rendered, so the count is final.
export function SessionReadCount({ requestId, explanation }: { requestId: string; explanation: string }) {
  const [reads, setReads] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    fetch(`/api/request-stats?id=${requestId}`)
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((body: { sessionReads: number }) => setReads(body.sessionReads))
      .catch(() => setFailed(true));
  }, [requestId]);

  return (
    <aside className="example-meter" aria-live="polite">
      <span className="example-meter-label">Session reads from the database in this request</span>
      <strong data-testid="session-reads">{failed ? "unavailable" : (reads ?? "…")}</strong>
      <span className="example-meter-note">{explanation} Counted from the SQL that Prisma sent to SQLite.</span>
    </aside>
  );
}
