export { default } from "@/examples/cookie-cache/page";

export const metadata = { title: "Live example: the session cookie cache" };

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
