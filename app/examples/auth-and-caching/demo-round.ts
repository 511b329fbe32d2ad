// Site plumbing for the live examples, not part of the pattern: which cache
// entry a request uses. `?round=123456` picks an entry of its own, so each
// test starts from an empty one. Without it, the trap moves to a new entry
// every 5 seconds: unstable_cache serves a stale entry once more before it
// refreshes it, so a fixed key would hand a reader's name to the next visitor
// however much later they came.
const PICKED = /^\d{1,6}$/;
const TRAP_WINDOW_MS = 5_000;

export function pickedRound(value: string | string[] | undefined): string | null {
  return typeof value === "string" && PICKED.test(value) ? value : null;
}

export function trapRound(value: string | string[] | undefined): string {
  return pickedRound(value) ?? `window-${Math.floor(Date.now() / TRAP_WINDOW_MS)}`;
}
