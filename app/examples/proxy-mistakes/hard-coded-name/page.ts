export { default } from "@/examples/proxy-mistakes/hard-coded-name/page";

export const metadata = { title: "Proxy mistakes: a hard-coded cookie name" };

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
