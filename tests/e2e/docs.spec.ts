import { readFileSync } from "node:fs";
import { expect, readerTest, test } from "./fixtures";
import { docsRoutes } from "./support/routes";

const routes = docsRoutes();
// Most links are in the sidebar, the same on every page: each worker checks
// each address once instead of once per page.
const checkedLinks = new Map<string, number>();

test("the guide has its pages", () => {
  expect(routes).toEqual(
    expect.arrayContaining([
      "/",
      "/setup",
      "/server-component",
      "/cached-helper",
      "/server-action",
      "/route-handler",
      "/proxy",
      "/data-access-layer",
      "/authorization",
      "/sign-in-actions",
      "/cookie-cache",
      "/client-server-sync",
      "/auth-and-caching",
      "/testing-auth",
      "/host-it-for-your-team",
    ]),
  );
});

for (const route of routes) {
  readerTest(
    `${route}: every file shown is the file on disk, and every internal link answers 200`,
    async ({ page }) => {
      await page.goto(route);

      const shown = await page
        .locator("[data-example-file]")
        .evaluateAll((blocks) =>
          blocks.map((block) => ({
            path: block.getAttribute("data-example-file")!,
            code: block.querySelector("code")!.textContent!,
          })),
        );
      for (const { path: file, code } of shown) {
        // The highlighter renders an empty line as a single space.
        const rendered = code
          .split("\n")
          .map((line) => (line === " " ? "" : line))
          .join("\n");
        expect(
          rendered.trimEnd(),
          `${route} shows ${file} as it is on disk`,
        ).toBe(readFileSync(file, "utf8").trimEnd());
      }

      const links = await page
        .locator("a[href^='/']")
        .evaluateAll((anchors) => [
          ...new Set(
            anchors
              .map((a) => a.getAttribute("href")!.split("#")[0])
              .filter(Boolean),
          ),
        ]);
      for (const link of links) {
        if (!checkedLinks.has(link)) {
          checkedLinks.set(
            link,
            (await page.context().request.get(link)).status(),
          );
        }
        expect(checkedLinks.get(link), `${route} links to ${link}`).toBe(200);
      }
    },
  );
}

test("search finds a section of a page offline, from the index built with the site", async ({
  page,
}) => {
  // Only the site answers: the index is served from /_pagefind, built by `npm run build`.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto("/");
  const search = page.getByPlaceholder("Search documentation…").first();
  await search.fill("nextCookies");
  // A section of a page: the link goes to its heading.
  const result = page.getByRole("option", {
    name: /^Why nextCookies\(\) is the last plugin/,
  });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/setup#why-nextcookies-is-the-last-plugin$/);
});

readerTest(
  "Copy page copies the page as Markdown, served at its .md address and listed in /llms.txt",
  async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/route-handler");
    await page.getByRole("button", { name: "Copy page" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Copied page as Markdown" }),
    ).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());

    const served = await page.request.get("/route-handler.md");
    expect(served.headers()["content-type"]).toContain("text/markdown");
    expect(copied).toBe(await served.text());
    expect(copied.startsWith("# 4. Protected Route Handler\n")).toBe(true);
    // The code in the Markdown is the file that runs.
    expect(copied).toContain(
      readFileSync("examples/route-handler/route.ts", "utf8").trimEnd(),
    );
    await expect(
      page.getByRole("link", { name: "View as Markdown" }),
    ).toHaveAttribute("href", "/route-handler.md");

    const llms = await (await page.request.get("/llms.txt")).text();
    for (const route of routes) {
      const markdown = route === "/" ? "/index.md" : `${route}.md`;
      expect(llms, route).toContain(`(${baseURL}${markdown}): `);
      expect((await page.request.get(markdown)).status(), markdown).toBe(200);
    }
    expect((await page.request.get("/no-such-page.md")).status()).toBe(404);
  },
);
