export { default } from "@/examples/server-component/client-check/page";
