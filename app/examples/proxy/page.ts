export { default } from "@/examples/proxy/page";

export const metadata = {
  title: "Live example: proxy.ts and the page's own check",
};

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
