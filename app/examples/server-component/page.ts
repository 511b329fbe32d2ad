export { default } from "@/examples/server-component/page";

export const metadata = { title: "Live example: Server Component" };
