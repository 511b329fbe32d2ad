import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// Next.js's own rules (React, hooks, accessibility, Core Web Vitals,
// TypeScript); formatting is Prettier's, so its config turns ESLint's
// formatting rules off.
export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      // An if whose body Prettier put on the next line gets braces: readers
      // copy these files, and a brace-less body on its own line invites the
      // next line to be added outside it.
      curly: ["error", "multi-line"],
      // `{ id: _id, ...rest }` and `_unused` say on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          ignoreRestSiblings: true,
          varsIgnorePattern: "^_",
          argsIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    // Playwright's fixtures and the scripts call functions named `use` that
    // are not React's hook.
    files: ["tests/**", "scripts/**", "playwright*.config.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([
    ".next/**",
    "next-env.d.ts",
    "lib/generated/**",
    "public/_pagefind/**",
    ".test-run/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
