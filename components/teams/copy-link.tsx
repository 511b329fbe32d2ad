"use client";

import { useState } from "react";

export function CopyLink({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="team-invite-link">
      <label htmlFor="invite-link">Invite link</label>
      <input
        id="invite-link"
        className="input"
        readOnly
        value={url}
        data-testid="invite-link"
        onFocus={(event) => event.currentTarget.select()}
      />
      <button
        type="button"
        className="button"
        onClick={async () => {
          await navigator.clipboard.writeText(url);
          setCopied(true);
        }}
      >
        Copy link
      </button>
      <span role="status">{copied ? "Copied." : ""}</span>
    </div>
  );
}
