export { default, instant } from "@/examples/data-access-layer/page";

export const metadata = { title: "Live example: a data access layer" };

