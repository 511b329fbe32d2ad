export { default } from "@/examples/server-component/alternative/page";
