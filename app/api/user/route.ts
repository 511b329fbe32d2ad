export { GET } from "@/examples/route-handler/route";
