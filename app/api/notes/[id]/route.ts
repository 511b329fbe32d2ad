export { DELETE, GET, PUT } from "@/examples/notes/route";
