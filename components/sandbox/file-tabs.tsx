"use client";

import { useSandpack } from "@codesandbox/sandpack-react";

// Sandpack's own tabs nest a button inside role="tab"; these are plain tab buttons.
export function FileTabs() {
  const { sandpack } = useSandpack();
  return (
    <div role="tablist" aria-label="Files" className="sandbox-tabs">
      {sandpack.visibleFiles.map((file) => (
        <button
          key={file}
          type="button"
          role="tab"
          aria-selected={file === sandpack.activeFile}
          className="sandbox-tab"
          onClick={() => sandpack.setActiveFile(file)}
        >
          {file.replace(/^\//, "")}
        </button>
      ))}
    </div>
  );
}
