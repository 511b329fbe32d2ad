export { default } from "@/examples/client-server-sync/page";

export const metadata = { title: "Live example: client and server in step" };

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
