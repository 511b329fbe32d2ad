import { readFileSync } from "node:fs";
import { expect, readerTest, test } from "./fixtures";
import { docsRoutes } from "./support/routes";

const routes = docsRoutes();

test("the guide has its pages", () => {
  expect(routes).toEqual(expect.arrayContaining(["/", "/setup", "/server-component", "/cached-helper", "/server-action", "/route-handler", "/proxy", "/data-access-layer", "/authorization", "/sign-in-actions", "/cookie-cache", "/client-server-sync", "/auth-and-caching", "/testing-auth"]));
});

for (const route of routes) {
  readerTest(`${route}: every file shown is the file on disk, and every internal link answers 200`, async ({ page }) => {
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
