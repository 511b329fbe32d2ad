export { default } from "@/examples/cookie-cache/page";

export const metadata = { title: "Live example: the session cookie cache" };

export const instant = false;
