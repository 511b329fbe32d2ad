export { default, metadata, instant } from "./view";
