export { default } from "@/examples/client-server-sync/trap/page";

export const metadata = {
  title: "Live example: client and server out of step (the trap)",
};

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
