// Builds the index of Nextra's search box (Pagefind) into public/_pagefind,
// where Nextra's search imports /_pagefind/pagefind.js. Every page of this site
// renders per request (the layout reads the session), so `next build` leaves
// no HTML for Pagefind to crawl: the index is built from each docs page's
// Markdown instead. Offline, about a second.
import path from "node:path";
import { buildSearchIndex } from "@/lib/docs/search-index";

const OUTPUT = path.join("public", "_pagefind");

const started = performance.now();
const pages = await buildSearchIndex(OUTPUT);
console.log(
  `Search index: ${pages} pages in ${Math.round(performance.now() - started)} ms, written to ${OUTPUT}/`,
);
