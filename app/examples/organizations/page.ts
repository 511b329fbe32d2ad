export { default } from "@/examples/organizations/page";

export const metadata = { title: "Live example: organizations and roles" };

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
