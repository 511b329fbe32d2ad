export { default, instant } from "@/examples/notes/page";

export const metadata = { title: "Live example: your notes" };

