"use client";

import { useRef, useState } from "react";
import "./live-preview.css";

type LivePreviewProps = {
  /** A route of this site, for example "/examples/server-component". */
  src: string;
  title: string;
  height?: number;
};

// The example runs as its own page in a same-site frame, so it gets the
// reader's cookie and renders with their session, exactly as opened alone.
export function LivePreview({ src, title, height = 360 }: LivePreviewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [loads, setLoads] = useState(0);

  return (
    <figure className="live-preview" data-testid="live-preview">
      <figcaption className="toolbar">
        <span className="live-preview-dot" aria-hidden="true" />
        <span className="live-preview-label">Live</span>
        <code className="live-preview-url">{src}</code>
        <button
          type="button"
          onClick={() => setLoads((count) => count + 1)}
          className="button-small"
        >
          Reload
        </button>
        <a href={src} target="_blank" rel="noopener" className="button-small">
          Open on its own <span aria-hidden="true">↗</span>
        </a>
      </figcaption>
      <iframe
        key={loads}
        ref={frame}
        src={src}
        title={title}
        className="live-preview-frame"
        style={{ height }}
        loading="lazy"
      />
    </figure>
  );
}
