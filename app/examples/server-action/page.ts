export { default, instant } from "@/examples/server-action/page";

export const metadata = { title: "Live example: protected Server Action" };

