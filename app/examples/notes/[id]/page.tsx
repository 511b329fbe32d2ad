export { default, instant } from "@/examples/notes/[id]/page";

export const metadata = { title: "Live example: one of your notes" };

