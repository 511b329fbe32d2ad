export { default, instant } from "@/examples/sign-in-action/page";

export const metadata = { title: "Live example: sign in and out with Server Actions" };

