export { default } from "@/examples/proxy-mistakes/cookie-cache/refused/page";

export const metadata = { title: "Proxy mistakes: refused by getCookieCache" };
