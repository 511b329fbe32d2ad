export { GET } from "@/examples/data-access-layer/route";
