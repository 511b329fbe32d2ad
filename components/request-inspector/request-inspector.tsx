"use client";

import { useState } from "react";
import { ResponseStatus } from "./response-status";
import "./request-inspector.css";

type Result = {
  label: string;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
};

const METHODS = ["GET", "POST", "PUT", "DELETE"] as const;

type Method = (typeof METHODS)[number];

// Sends a real request from this browser tab, once with the reader's cookie
// and once with credentials: "omit", which leaves every cookie out. `method`
// is the one selected at first.
export function RequestInspector({
  url,
  method: firstMethod = "GET",
}: {
  url: string;
  method?: Method;
}) {
  const [method, setMethod] = useState<Method>(firstMethod);
  const [result, setResult] = useState<Result | null>(null);
  const [pending, setPending] = useState(false);

  async function send(withSession: boolean) {
    setPending(true);
    try {
      const response = await fetch(url, {
        method,
        credentials: withSession ? "include" : "omit",
        cache: "no-store",
      });
      const text = await response.text();
      setResult({
        label: `${method} ${url} ${withSession ? "with your session" : "without a session"}`,
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers.entries()],
        body: prettyJson(text),
      });
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="inspector panel" aria-label="Send a request">
      <div className="inspector-controls">
        <label>
          <span className="inspector-label">Method</span>
          <select
            value={method}
            onChange={(event) => setMethod(event.target.value as Method)}
          >
            {METHODS.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <code className="inspector-url">{url}</code>
        <button
          type="button"
          className="button"
          disabled={pending}
          onClick={() => send(true)}
        >
          Send request with my session
        </button>
        <button
          type="button"
          className="button"
          disabled={pending}
          onClick={() => send(false)}
        >
          Send without a session
        </button>
      </div>
      {result ? (
        <ResponseView result={result} />
      ) : (
        <p className="panel-caption">The response will appear here.</p>
      )}
    </section>
  );
}

function ResponseView({ result }: { result: Result }) {
  return (
    <div
      className="panel-response"
      data-testid="panel-response"
      aria-live="polite"
    >
      <p className="panel-caption">{result.label}</p>
      <ResponseStatus
        status={result.status}
        statusText={result.statusText}
        testId="inspector-status"
      />
      <details>
        <summary>Headers ({result.headers.length})</summary>
        <pre className="code-panel">
          {result.headers
            .map(([name, value]) => `${name}: ${value}`)
            .join("\n")}
        </pre>
      </details>
      <pre className="code-panel" data-testid="inspector-body">
        {result.body || "(empty body)"}
      </pre>
    </div>
  );
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
