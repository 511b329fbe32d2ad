// axe-core on every docs page and live example, signed in and signed out, in
// light and dark mode: no serious or critical violations.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { docsRoutes, exampleRoutes } from "./support/routes";

const routes = [...docsRoutes(), ...exampleRoutes(), "/login", "/signup"];

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")})`);
}

async function checkBothThemes(page: Page, route: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(route, { waitUntil: "networkidle" });
    expect(await seriousViolations(page), `${route} in ${colorScheme} mode`).toEqual([]);
  }
}

for (const route of routes) {
  test(`${route} has no serious accessibility violations, signed in`, async ({ page, signedIn }) => {
    void signedIn;
    await checkBothThemes(page, route);
  });

  test(`${route} has no serious accessibility violations, signed out`, async ({ page }) => {
    await checkBothThemes(page, route);
  });
}
