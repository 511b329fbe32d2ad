import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

type Scope = {
  /** Only this part of the page. */
  include?: string;
  /** Leave out code blocks (see the accessibility spec). */
  withoutCode?: boolean;
  /** Contrast only: for the second theme, which changes nothing but colours. */
  coloursOnly?: boolean;
};

/** axe's serious and critical violations on the page itself, as readable lines. */
export async function seriousViolations(
  page: Page,
  { include, withoutCode = false, coloursOnly = false }: Scope = {},
): Promise<string[]> {
  // Frames are pages of their own (live examples), checked on their own
  // routes. Without them axe can run in legacy mode, inside the page: two to
  // three times faster than the default, which finishes every run in a new
  // blank page. Only violations are collected: passes cost time too.
  let builder = new AxeBuilder({ page })
    .setLegacyMode()
    .exclude("iframe")
    .options({ resultTypes: ["violations"], iframes: false });
  if (include) builder = builder.include(include);
  if (withoutCode) builder = builder.exclude("pre");
  if (coloursOnly) builder = builder.withRules(["color-contrast"]);
  const { violations } = await builder.analyze();
  return violations
    .filter(
      (violation) =>
        violation.impact === "serious" || violation.impact === "critical",
    )
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    );
}
