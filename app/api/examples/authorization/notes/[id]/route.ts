export { DELETE, GET, PUT } from "@/examples/authorization/route";
