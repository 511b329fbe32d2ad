export { default } from "@/examples/proxy-mistakes/login-redirect/login/page";

export const metadata = { title: "Proxy mistakes: a stand-in sign-in page" };
