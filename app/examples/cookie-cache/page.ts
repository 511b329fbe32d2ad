export { default, instant } from "@/examples/cookie-cache/page";

export const metadata = { title: "Live example: the session cookie cache" };

