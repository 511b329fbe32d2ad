import {
  defaultDark,
  defaultLight,
  type SandpackTheme,
} from "@codesandbox/sandpack-react";

// Sandpack's default themes, with the colours that fall short of WCAG AA
// contrast (grey tabs and line numbers, light comments) darkened or lightened.
export const SANDBOX_THEMES: Record<"light" | "dark", SandpackTheme> = {
  light: {
    ...defaultLight,
    colors: {
      ...defaultLight.colors,
      clickable: "#595959",
      disabled: "#6b6b6b",
      accent: "#1d4ed8",
    },
    syntax: {
      ...defaultLight.syntax,
      comment: { color: "#6b6b6b", fontStyle: "italic" },
      definition: "#4d7c0f",
    },
  },
  dark: {
    ...defaultDark,
    colors: {
      ...defaultDark.colors,
      base: "#c5c5c5",
      clickable: "#b3b3b3",
      disabled: "#8c8c8c",
    },
    syntax: {
      ...defaultDark.syntax,
      comment: { color: "#a0a0a0", fontStyle: "italic" },
      static: "#f07178",
    },
  },
};
