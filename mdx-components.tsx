import { useMDXComponents as getThemeComponents } from "nextra-theme-docs";
import type { MDXComponents } from "nextra/mdx-components";

const themeComponents = getThemeComponents();

// Every docs widget is registered here once, so MDX pages use them without imports.
export function useMDXComponents(components?: MDXComponents) {
  return { ...themeComponents, ...components };
}
