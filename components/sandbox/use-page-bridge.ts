"use client";

import { useSandpack } from "@codesandbox/sandpack-react";
import { useEffect } from "react";
import { updateDisplayName } from "@/examples/server-action/actions";
import {
  BRIDGE,
  type BridgeCall,
  type BridgeReply,
  decide,
  frameOrigin,
} from "./page-bridge";

// Each allowed call, made from this page with the reader's own session. Only
// status and body go back: no cookie, no header.
const PERFORM: Record<
  BridgeCall,
  (fields: Record<string, string>) => Promise<{ status: number; body: unknown }>
> = {
  "GET /api/user": async () => {
    const response = await fetch("/api/user", {
      credentials: "same-origin",
      cache: "no-store",
    });
    return { status: response.status, body: await response.json() };
  },
  // The real Server Action, called the way a client component calls it. It
  // checks the session itself, so signed out it refuses and writes nothing.
  "action updateDisplayName": async ({ name = "" }) => {
    const formData = new FormData();
    formData.set("name", name);
    return { status: 200, body: await updateDisplayName(null, formData) };
  },
};

/** Answers bridge requests from this provider's preview frame, and nothing else. */
export function usePageBridge() {
  const { sandpack } = useSandpack();

  useEffect(() => {
    async function onMessage(event: MessageEvent) {
      const iframe = Object.values(sandpack.clients)[0]?.iframe;
      if (!iframe?.contentWindow) return;
      const origin = frameOrigin(iframe.src);
      const decision = decide(event, { window: iframe.contentWindow, origin });
      if (decision.action === "ignore") return;

      let reply: BridgeReply;
      if (decision.action === "refuse") {
        reply = { bridge: BRIDGE, id: decision.id, refused: decision.reason };
      } else {
        try {
          reply = {
            bridge: BRIDGE,
            id: decision.id,
            ...(await PERFORM[decision.call](decision.fields)),
          };
        } catch {
          reply = {
            bridge: BRIDGE,
            id: decision.id,
            status: 0,
            body: { error: "The docs page could not reach the server." },
          };
        }
      }
      // Addressed to the sandbox's origin: if the frame has navigated
      // elsewhere meanwhile, the browser drops the reply.
      iframe.contentWindow?.postMessage(reply, origin);
    }
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [sandpack.clients]);
}
