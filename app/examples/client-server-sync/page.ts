export { default, instant } from "@/examples/client-server-sync/page";

export const metadata = { title: "Live example: client and server in step" };

