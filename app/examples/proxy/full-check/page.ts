export { default } from "@/examples/proxy/full-check/page";

export const metadata = {
  title: "Live example: a full session check in proxy.ts",
};

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
