// The seed's Server Component, as written, in a fresh app with Cache
// Components on: `next build` fails with the error lesson 1 shows
// (examples/server-component/seed/build-error.txt), word for word.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { RUN_DIR } from "./test-env";

const ROOT = path.resolve(import.meta.dirname, "../..");
const APP = path.join(RUN_DIR, "seed-app");

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(APP, file)), { recursive: true });
  writeFileSync(path.join(APP, file), text);
}

test.describe.configure({ timeout: 5 * 60_000 });

test("the seed's page fails `next build` under Cache Components with the error the lesson shows", () => {
  rmSync(APP, { recursive: true, force: true });
  write(
    "next.config.ts",
    `export default { cacheComponents: true, serverExternalPackages: ["better-sqlite3"], turbopack: { root: ${JSON.stringify(ROOT)} } };\n`,
  );
  // The page imports @/lib/auth: the site's real auth set-up, as a reader's app would have its own.
  write(
    "tsconfig.json",
    JSON.stringify({
      extends: "../../tsconfig.json",
      compilerOptions: { paths: { "@/*": ["../../*"] } },
      include: ["**/*.ts", "**/*.tsx"],
      exclude: [],
    }),
  );
  write(
    "app/layout.tsx",
    'export default function Layout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  write(
    "app/dashboard/page.tsx",
    readFileSync(
      path.join(ROOT, "examples/server-component/seed/page.tsx"),
      "utf8",
    ),
  );

  const build = spawnSync(
    path.join(ROOT, "node_modules/.bin/next"),
    ["build", APP],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        BETTER_AUTH_SECRET: "x".repeat(32),
      },
      timeout: 4 * 60_000,
    },
  );
  const output = build.stdout + build.stderr;
  expect(build.status, output).not.toBe(0);
  const shown = readFileSync(
    path.join(ROOT, "examples/server-component/seed/build-error.txt"),
    "utf8",
  ).trim();
  expect(output).toContain(shown);
});
