// The docs page's half of the sandbox bridge, as pure functions (unit-tested
// in tests/unit/page-bridge.test.ts). The sandbox's half is
// examples/sandboxes/docs-page-bridge.ts.
//
// The sandbox preview runs on CodeSandbox's origin, so it never holds the
// reader's session cookie. It posts a request to this page; the page checks
// who is asking and what, makes the call with the reader's session, and
// posts back only a status and a body: never a cookie or a header.

/** Marks this site's bridge messages among Sandpack's own postMessage traffic. */
export const BRIDGE = "better-auth-guide/bridge";

/** Everything a sandbox may ask for. Anything else is refused. */
export const BRIDGE_CALLS = [
  "GET /api/user",
  "action updateDisplayName",
] as const;
export type BridgeCall = (typeof BRIDGE_CALLS)[number];

type BridgeRequest = {
  bridge: typeof BRIDGE;
  id: string;
  call: string;
  fields?: Record<string, string>;
};
export type BridgeReply =
  | { bridge: typeof BRIDGE; id: string; status: number; body: unknown }
  | { bridge: typeof BRIDGE; id: string; refused: string };

/** The frame this page embeds the preview in, and the origin it loaded. */
export type SandboxFrame = {
  window: MessageEventSource | null;
  origin: string;
};

type BridgeDecision =
  /** Not for us, or not from our sandbox: drop it without an answer. */
  | { action: "ignore"; reason: string }
  /** From our sandbox, but not something it may ask for: answer with the reason. */
  | { action: "refuse"; id: string; reason: string }
  | {
      action: "call";
      id: string;
      call: BridgeCall;
      fields: Record<string, string>;
    };

const MAX_FIELD_LENGTH = 1000;

/** Decides what to do with one message event received by the docs page. */
export function decide(
  event: Pick<MessageEvent, "data" | "origin" | "source">,
  frame: SandboxFrame,
): BridgeDecision {
  const data = event.data as Partial<BridgeRequest> | null;
  if (typeof data !== "object" || data === null || data.bridge !== BRIDGE) {
    return { action: "ignore", reason: "not a bridge message" };
  }
  // Both checks: the frame alone is not enough, because code in the sandbox
  // can navigate its own frame to another site, which keeps the same window.
  if (frame.window === null || event.source !== frame.window) {
    return { action: "ignore", reason: "not from this page's sandbox frame" };
  }
  // An opaque origin ("null") could be any sandboxed frame: never trust it.
  if (frame.origin === "null" || event.origin !== frame.origin) {
    return {
      action: "ignore",
      reason: `from ${event.origin}, not ${frame.origin}`,
    };
  }
  if (
    typeof data.id !== "string" ||
    data.id.length === 0 ||
    data.id.length > 100
  ) {
    return { action: "ignore", reason: "no request id to answer" };
  }
  if (!BRIDGE_CALLS.includes(data.call as BridgeCall)) {
    return {
      action: "refuse",
      id: data.id,
      reason: `"${String(data.call).slice(0, 100)}" is not on this page's allowlist (${BRIDGE_CALLS.join(", ")}).`,
    };
  }
  const fields = readFields(data.fields);
  if (fields === null) {
    return {
      action: "refuse",
      id: data.id,
      reason: `fields must be short strings (at most ${MAX_FIELD_LENGTH} characters).`,
    };
  }
  return { action: "call", id: data.id, call: data.call as BridgeCall, fields };
}

function readFields(fields: unknown): Record<string, string> | null {
  if (fields === undefined) return {};
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) {
    return null;
  }
  const entries = Object.entries(fields);
  const valid = entries.every(
    ([, value]) =>
      typeof value === "string" && value.length <= MAX_FIELD_LENGTH,
  );
  return valid && entries.length <= 10 ? Object.fromEntries(entries) : null;
}

/** The origin a frame was loaded from, to check messages against and to post replies to. */
export function frameOrigin(src: string): string {
  try {
    return new URL(src).origin;
  } catch {
    return "null";
  }
}
