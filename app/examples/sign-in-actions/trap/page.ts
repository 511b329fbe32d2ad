export { default } from "@/examples/sign-in-actions/trap/page";

export const metadata = {
  title: "Live example: the trap, signing in without nextCookies()",
};

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
