// Site plumbing for the live examples, not part of the pattern: which cache
// entry a request uses. Every entry belongs to one reader's own accounts (the
// reader and their second reader, lib/second-reader.ts), so on this public
// site the trap can leak a name only between accounts the same person owns.
// `?round=123456` picks an entry of its own within them, so each test starts
// from an empty one. Without it, the trap moves to a new entry every 5
// seconds: unstable_cache serves a stale entry once more before it refreshes
// it, so a fixed key would hand a name on however much later the next visit came.
const PICKED = /^\d{1,6}$/;
const TRAP_WINDOW_MS = 5_000;

function pickedRound(value: string | string[] | undefined): string | null {
  return typeof value === "string" && PICKED.test(value) ? value : null;
}

/** The key part for a visit by `ownerId` (the reader whose accounts share the entry). */
export function trapRound(
  value: string | string[] | undefined,
  ownerId: string,
): string {
  return `${ownerId}:${pickedRound(value) ?? `window-${Math.floor(Date.now() / TRAP_WINDOW_MS)}`}`;
}
