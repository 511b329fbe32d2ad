import { readFileSync } from "node:fs";
import path from "node:path";
import { assertShowable } from "./source-lines";

/**
 * A project file a docs page may show (see SHOWABLE_ROOTS), as it is on disk.
 * Synchronous on purpose: a prerender can read it, and callers pass the text
 * into their "use cache" functions, so a cache entry follows the file's
 * content (an edit in development shows at once).
 */
export function readSource(file: string): string {
  assertShowable(file);
  return readFileSync(
    path.join(/*turbopackIgnore: true*/ process.cwd(), file),
    "utf8",
  );
}
