export { default, instant } from "@/examples/proxy/page";

export const metadata = { title: "Live example: proxy.ts and the page's own check" };

