export { default } from "@/examples/client-server-sync/page";

export const metadata = { title: "Live example: client and server in step" };

export const instant = false;
