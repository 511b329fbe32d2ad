export { default, instant } from "@/examples/sign-in-action/trap/page";

export const metadata = { title: "Live example: the trap, signing in without nextCookies()" };

