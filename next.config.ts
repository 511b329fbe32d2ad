import type { NextConfig } from "next";
import {
  PHASE_PRODUCTION_BUILD,
  PHASE_PRODUCTION_SERVER,
} from "next/constants";
import nextra from "nextra";
import { CODE_THEMES } from "./components/example-code/code-themes";
import { clientAddressOptions } from "./lib/client-address";
import { secretHelp, secretProblem } from "./lib/secret-check";

const withNextra = nextra({
  // Code blocks in MDX are highlighted at build time with shiki.
  defaultShowCopyCode: true,
  mdxOptions: { rehypePrettyCodeOptions: { theme: CODE_THEMES } },
});

const config: NextConfig = {
  // Every docs page is prerendered; what depends on the reader streams in
  // behind <Suspense> (app/layout.tsx, components/course/).
  cacheComponents: true,
  // Next.js 16 recommends it on with Cache Components. On, every docs page
  // carried React's data for the page twice: /setup weighed 520 KB of HTML
  // instead of 333 KB (measured 2026-12-02). Off until that is fixed upstream.
  partialPrefetching: false,
  // `next dev` serves its own scripts and hot reload to localhost only; this
  // lets the dev site work at http://127.0.0.1:3000 too (lesson 13).
  allowedDevOrigins: ["127.0.0.1"],
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3"],
  // Browsers ask for /favicon.ico by habit; the site's icon is app/icon.svg.
  async rewrites() {
    return [
      { source: "/favicon.ico", destination: "/icon.svg" },
      // Every docs page as Markdown (app/markdown/), at its own address + ".md".
      { source: "/:path+.md", destination: "/markdown/:path+" },
    ];
  },
};

export default function nextConfig(phase: string): NextConfig {
  // Next.js has loaded the .env files before it evaluates this file.
  if (phase === PHASE_PRODUCTION_SERVER || phase === PHASE_PRODUCTION_BUILD) {
    const problem = secretProblem(process.env.BETTER_AUTH_SECRET);
    if (problem) {
      console.error(`\n${secretHelp(problem)}\n`);
      process.exit(1);
    }
  }
  // lib/auth.ts reads it too, but only on the first request that needs auth:
  // checked here, a bad entry stops the server before it serves anything.
  try {
    clientAddressOptions(process.env.TRUSTED_PROXIES);
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
  const withDocs = withNextra(config);
  // Nextra points this alias at a module that only MDX files can resolve under
  // Turbopack; <ExampleCode> renders compiled MDX from a .tsx file, so it needs
  // the real file.
  withDocs.turbopack = {
    ...withDocs.turbopack,
    resolveAlias: {
      ...withDocs.turbopack?.resolveAlias,
      "next-mdx-import-source-file": "./mdx-components.tsx",
    },
  };
  return withDocs;
}
