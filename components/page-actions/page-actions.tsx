"use client";

import { useState } from "react";
import "./page-actions.css";

async function fetchMarkdown(href: string): Promise<string> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.text();
}

// Safari allows a clipboard write only during the click itself. Handing
// ClipboardItem the fetch as a promise starts the write in the click, so the
// page can arrive afterwards; writeText after the fetch would be refused there.
async function copyMarkdown(href: string): Promise<void> {
  if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
    const blob = fetchMarkdown(href).then(
      (text) => new Blob([text], { type: "text/plain" }),
    );
    await navigator.clipboard.write([
      new ClipboardItem({ "text/plain": blob }),
    ]);
    return;
  }
  if (!navigator.clipboard) {
    throw new Error("this browser gives the page no clipboard");
  }
  await navigator.clipboard.writeText(await fetchMarkdown(href));
}

/** "Copy page" and "View as Markdown" for a docs page, whose Markdown is served at `markdownHref`. */
export function PageActions({ markdownHref }: { markdownHref: string }) {
  const [status, setStatus] = useState("");
  const [copying, setCopying] = useState(false);

  async function copy() {
    if (copying) return;
    setCopying(true);
    // Emptied first, so the same message twice is announced twice.
    setStatus("");
    try {
      await copyMarkdown(markdownHref);
      setStatus("Copied page as Markdown");
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus(
        `Could not copy the page (${reason}). Use View as Markdown instead.`,
      );
    } finally {
      setCopying(false);
    }
  }

  return (
    <div className="page-actions">
      <button
        type="button"
        className="page-actions-control"
        onClick={copy}
        aria-busy={copying}
      >
        Copy page
      </button>
      <a
        className="page-actions-control"
        href={markdownHref}
        type="text/markdown"
      >
        View as Markdown
      </a>
      <p className="page-actions-status" role="status">
        {status}
      </p>
    </div>
  );
}
