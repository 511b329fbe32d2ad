"use client";

import { useState, useSyncExternalStore } from "react";
import { installCommand, PLACEHOLDER_ORIGIN } from "@/lib/registry/items";

const noChange = () => () => {};

/**
 * The shadcn command for one registry item, on the origin the reader is on:
 * the site's configured address when the build knew it, else the page's own.
 */
export function InstallCommand({
  item,
  builtOrigin,
}: {
  item: string;
  builtOrigin: string;
}) {
  const origin = useSyncExternalStore(
    noChange,
    () => builtOrigin || window.location.origin,
    () => builtOrigin || PLACEHOLDER_ORIGIN,
  );
  const command = installCommand(origin, item);
  const [status, setStatus] = useState("");

  async function copy() {
    setStatus("");
    try {
      await navigator.clipboard.writeText(command);
      setStatus("Copied the command.");
    } catch {
      setStatus(
        "This browser gives the page no clipboard: select the command instead.",
      );
    }
  }

  return (
    <div className="install-command">
      <pre>
        <code data-testid="install-command">{command}</code>
      </pre>
      <button type="button" className="button button-small" onClick={copy}>
        Copy command
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
