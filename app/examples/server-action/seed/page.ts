export { default } from "@/examples/server-action/seed/page";

export const metadata = { title: "Live example: the common Server Action" };

export const instant = false;
