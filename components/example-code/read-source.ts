import { readFile } from "node:fs/promises";
import path from "node:path";
import { assertShowable } from "./source-lines";

// The site serves its own sources, which do not change while it runs: read
// each file once per server process (every request in development).
const sources = new Map<string, Promise<string>>();

/** A project file a docs page may show (see SHOWABLE_ROOTS), as it is on disk. */
export function readSource(file: string): Promise<string> {
  let source = sources.get(file);
  if (!source || process.env.NODE_ENV === "development") {
    assertShowable(file);
    source = readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), file), "utf8");
    sources.set(file, source);
  }
  return source;
}
