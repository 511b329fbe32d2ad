export { default } from "@/examples/notes/page";

export const metadata = { title: "Live example: your notes" };

export const instant = false;
