export { GET, PUT } from "@/examples/notes/trap/route";
