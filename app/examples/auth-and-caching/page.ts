export { default } from "@/examples/auth-and-caching/page";

export const metadata = {
  title: "Live example: three caches, each holding only what it may",
};
