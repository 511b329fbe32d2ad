export { default } from "@/examples/proxy-mistakes/login-redirect/dashboard/page";

export const metadata = {
  title: "Proxy mistakes: the dashboard behind a redirect loop",
};

// Next.js reads `instant` from this file's own source: re-exported, it is
// ignored (the build warns). A unit test keeps it equal to the example's.
export const instant = false;
