export { default } from "@/examples/origins/page";

export const metadata = {
  title: "Live example: origins, URLs and client addresses",
};

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
