export { default } from "@/examples/session-lifetime/page";

export const metadata = { title: "Live example: session lifetime and refresh" };

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
