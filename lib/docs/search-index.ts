import { rm } from "node:fs/promises";
import * as pagefind from "pagefind";
import { docsPages } from "./pages";
import { pageSearchHtml } from "./search-html";

function check(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n${errors.join("\n")}`);
  }
}

/**
 * Writes the Pagefind index of every docs page to `outputPath` (replacing
 * what was there, so removed pages leave no fragments) and returns how many
 * pages it holds. Runs Pagefind's bundled binary: no network.
 */
export async function buildSearchIndex(outputPath: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex();
    check("start", errors);
    if (!index) throw new Error("Pagefind returned no index.");
    const pages = await docsPages();
    for (const page of pages) {
      const added = await index.addHTMLFile({
        url: page.route,
        content: await pageSearchHtml(page.route),
      });
      check(`index ${page.route}`, added.errors);
    }
    await rm(outputPath, { recursive: true, force: true });
    check("write the index", (await index.writeFiles({ outputPath })).errors);
    return pages.length;
  } finally {
    await pagefind.close();
  }
}
