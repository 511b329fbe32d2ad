"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import "./sandbox.css";

export type SandboxFiles = Record<
  string,
  { code: string; source?: string; hidden?: boolean }
>;

// Sandpack is large: its code is fetched only when the sandbox comes near the
// screen or the reader asks for it, so pages without a sandbox ship none of it.
const SandboxRoot = lazy(() => import("./sandbox-root"));

/** Shows the sandbox's code at once, and starts the real sandbox when it scrolls into view. */
export function SandboxLoader({
  name,
  files,
}: {
  name: string;
  files: SandboxFiles;
}) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [started, setStarted] = useState(false);

  useEffect(() => {
    const element = placeholder.current;
    if (!element || started) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setStarted(true);
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [started]);

  const preview = (
    <SandboxPlaceholder
      ref={placeholder}
      files={files}
      onStart={() => setStarted(true)}
    />
  );
  if (!started) return preview;
  return (
    <Suspense fallback={preview}>
      <SandboxRoot name={name} files={files} />
    </Suspense>
  );
}

function SandboxPlaceholder({
  ref,
  files,
  onStart,
}: {
  ref: React.Ref<HTMLDivElement>;
  files: SandboxFiles;
  onStart: () => void;
}) {
  return (
    <div
      ref={ref}
      className="sandbox sandbox-placeholder"
      data-testid="sandbox-placeholder"
      // The drift test compares this code with the file on disk.
      data-example-file={files["/App.tsx"].source}
    >
      <div className="toolbar">
        <span className="sandbox-title">App.tsx</span>
        <button type="button" className="button-small" onClick={onStart}>
          Run sandbox
        </button>
      </div>
      {/* Focusable so keyboard users can scroll it. */}
      <pre
        className="sandbox-placeholder-code"
        tabIndex={0}
        aria-label="App.tsx, before the sandbox starts"
      >
        <code>{files["/App.tsx"].code}</code>
      </pre>
    </div>
  );
}
