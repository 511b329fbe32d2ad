"use client";

import { useState } from "react";
import { ResponseStatus } from "@/components/request-inspector/response-status";
import type { SignedOutResult } from "@/lib/signed-out-request";

// Asks the server to make the example's request without any cookie and shows
// the real answer: the redirect, the 401 or the refused action.
export function SignedOutView({ example }: { example: string }) {
  const [result, setResult] = useState<SignedOutResult | null>(null);
  const [pending, setPending] = useState(false);

  async function run() {
    setPending(true);
    try {
      const response = await fetch(`/api/signed-out-view?example=${example}`, {
        cache: "no-store",
      });
      setResult(await response.json());
    } finally {
      setPending(false);
    }
  }

  return (
    <section
      className="signed-out-view panel"
      aria-label="What a signed-out visitor gets"
    >
      <button type="button" className="button" onClick={run} disabled={pending}>
        {pending ? "Requesting…" : "Request it as a signed-out visitor"}
      </button>
      {result ? (
        <div
          data-testid="signed-out-result"
          aria-live="polite"
          className="panel-response"
        >
          <p className="panel-caption">{result.request}</p>
          <ResponseStatus
            status={result.status}
            statusText={result.statusText}
            testId="signed-out-status"
          />
          <pre className="code-panel" data-testid="signed-out-details">
            {[
              ...Object.entries(result.headers).map(
                ([name, value]) => `${name}: ${value}`,
              ),
              "",
              result.body.length > 400
                ? `${result.body.slice(0, 400)}…`
                : result.body,
            ].join("\n")}
          </pre>
        </div>
      ) : null}
    </section>
  );
}
