export { default, metadata } from "./view";

// The page reads the session (or the URL) at its top, so it may block on it
// (lesson 1). Next.js reads `instant` from this file's own source only.
export const instant = false;
