// Shiki themes for every code block on the site (MDX fences and <ExampleCode>).
// The high-contrast GitHub themes keep every token above WCAG AA contrast on
// Nextra's code background; the default ones do not (orange and grey tokens).
export const CODE_THEMES = {
  light: "github-light-high-contrast",
  dark: "github-dark-high-contrast",
} as const;
