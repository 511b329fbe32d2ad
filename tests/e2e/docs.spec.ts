import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

// Every page of content/, as the route that serves it.
function docsRoutes(dir = "content", prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return docsRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    if (!entry.name.endsWith(".mdx")) return [];
    const name = entry.name.replace(/\.mdx$/, "");
    return [name === "index" ? prefix || "/" : `${prefix}/${name}`];
  });
}

const routes = docsRoutes();

test("the guide has its pages", () => {
  expect(routes).toEqual(expect.arrayContaining(["/", "/setup", "/server-component", "/cached-helper", "/server-action", "/route-handler"]));
});

for (const route of routes) {
  test(`${route}: every file shown is the file on disk, and every internal link answers 200`, async ({ page, signedIn }) => {
    void signedIn;
    await page.goto(route);

    const shown = await page.locator("[data-example-file]").evaluateAll((blocks) =>
      blocks.map((block) => ({ path: block.getAttribute("data-example-file")!, code: block.querySelector("code")!.textContent! })),
    );
    for (const { path: file, code } of shown) {
      // The highlighter renders an empty line as a single space.
      const rendered = code.split("\n").map((line) => (line === " " ? "" : line)).join("\n");
      expect(rendered.trimEnd(), `${route} shows ${file} as it is on disk`).toBe(readFileSync(file, "utf8").trimEnd());
    }

    const links = await page.locator("a[href^='/']").evaluateAll((anchors) => [
      ...new Set(anchors.map((a) => a.getAttribute("href")!.split("#")[0]).filter(Boolean)),
    ]);
    for (const link of links) {
      const response = await page.context().request.get(link);
      expect(response.status(), `${route} links to ${link}`).toBe(200);
    }
  });
}
