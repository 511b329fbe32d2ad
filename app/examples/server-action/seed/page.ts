export { default, instant } from "@/examples/server-action/seed/page";

export const metadata = { title: "Live example: the common Server Action" };

