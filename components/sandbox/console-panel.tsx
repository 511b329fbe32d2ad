"use client";

import { useSandpackConsole } from "@codesandbox/sandpack-react";

// A plain log region: keyboard users can focus and scroll it.
export function ConsolePanel() {
  const { logs, reset } = useSandpackConsole({
    resetOnPreviewRestart: true,
    showSyntaxError: true,
  });
  return (
    <section className="sandbox-console" aria-label="Console">
      <div className="sandbox-console-bar">
        <span>Console</span>
        <button type="button" className="button-small" onClick={reset}>
          Clear
        </button>
      </div>
      <div role="log" tabIndex={0} className="sandbox-console-log">
        {logs.length === 0 && (
          <p className="sandbox-console-empty">
            console.log output appears here.
          </p>
        )}
        {logs.map((log) => (
          <pre
            key={log.id}
            className={`sandbox-console-line sandbox-console-${log.method}`}
          >
            {(log.data ?? []).map(format).join(" ")}
          </pre>
        ))}
      </div>
    </section>
  );
}

function format(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
