export { default } from "@/examples/two-factor/page";

export const metadata = { title: "Two-factor sign-in: your account" };

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
