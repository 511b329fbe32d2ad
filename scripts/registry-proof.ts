// npm run test:registry: the registry proven in a reader's app.
//  1. The guide's production build serves /r/ (built first if there is none).
//  2. A fresh Next.js 16 app outside this repository, from the npm registry.
//  3. The real shadcn CLI installs auth-setup, every pattern and the auth test
//     kit from the running guide's registry URLs; the files it wrote must be
//     the guide's own, byte for byte.
//  4. The app generates its Prisma clients, migrates, builds and starts; each
//     pattern answers as its lesson says, signed out and signed in.
//  5. The kit passes against the app. With the note route's owner check taken
//     out, it fails, and names that route.
// Prints how long each step took. KEEP_APP=1 leaves the app's folder.
import { spawn } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  appPath,
  buildItem,
  installedVersion,
  REGISTRY_ITEM_NAMES,
} from "../lib/registry/build";
import { installCommand } from "../lib/registry/items";
import { chromiumPath } from "./browser";
import { signUpClient } from "./http-client";
import { streamedRedirectTarget } from "../tests/e2e/support/redirects";
import { deployMigrations } from "./migrate";
import {
  newSecret,
  startNext,
  startProductionServer,
  type NextServer,
} from "./next-server";

const timings: [step: string, seconds: number][] = [];

/** Runs a command to its end without blocking this process (the colours server answers meanwhile). */
async function run(
  step: string,
  command: string,
  args: string[],
  options: {
    cwd: string;
    env?: Record<string, string>;
    allowFailure?: boolean;
  },
): Promise<{ status: number | null; output: string }> {
  console.log(`\n=== ${step}\n$ ${command} ${args.join(" ")}`);
  const started = performance.now();
  // No TTY: a prompt would wait forever, so stdin is closed.
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const status = await new Promise<number | null>((resolve) =>
    child.once("close", resolve),
  );
  timings.push([step, (performance.now() - started) / 1000]);
  console.log(output.trim().split("\n").slice(-40).join("\n"));
  if (status !== 0 && !options.allowFailure) {
    throw new Error(`${step} failed (exit ${status})`);
  }
  return { status, output };
}

/** A Next.js 16 app as create-next-app makes one without Tailwind, plus shadcn's components.json. */
function writeFreshApp(app: string) {
  const files: Record<string, string> = {
    "package.json": JSON.stringify(
      {
        name: "reader-app",
        private: true,
        type: "module",
        scripts: { dev: "next dev", build: "next build", start: "next start" },
        dependencies: {
          next: installedVersion("next"),
          react: installedVersion("react"),
          "react-dom": installedVersion("react-dom"),
        },
        devDependencies: {
          typescript: installedVersion("typescript"),
          "@types/node": installedVersion("@types/node"),
          "@types/react": installedVersion("@types/react"),
          "@types/react-dom": installedVersion("@types/react-dom"),
        },
        allowScripts: {
          "better-sqlite3": true,
          prisma: true,
          "@prisma/engines": true,
        },
      },
      null,
      2,
    ),
    "tsconfig.json": JSON.stringify(
      {
        compilerOptions: {
          target: "ES2017",
          lib: ["dom", "dom.iterable", "esnext"],
          allowJs: true,
          skipLibCheck: true,
          strict: true,
          noEmit: true,
          esModuleInterop: true,
          module: "esnext",
          moduleResolution: "bundler",
          resolveJsonModule: true,
          isolatedModules: true,
          jsx: "react-jsx",
          incremental: true,
          plugins: [{ name: "next" }],
          paths: { "@/*": ["./*"] },
        },
        include: [
          "next-env.d.ts",
          "**/*.ts",
          "**/*.tsx",
          ".next/types/**/*.ts",
        ],
        exclude: ["node_modules"],
      },
      null,
      2,
    ),
    "next.config.ts": `import type { NextConfig } from "next";\n\nconst nextConfig: NextConfig = { cacheComponents: true };\n\nexport default nextConfig;\n`,
    "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
    "app/page.tsx": `export default function Home() {\n  return <h1>A reader's app</h1>;\n}\n`,
    "components.json": JSON.stringify(
      {
        $schema: "https://ui.shadcn.com/schema.json",
        style: "new-york",
        rsc: true,
        tsx: true,
        tailwind: {
          config: "",
          css: "app/globals.css",
          baseColor: "neutral",
          cssVariables: true,
        },
        aliases: {
          components: "@/components",
          utils: "@/lib/utils",
          ui: "@/components/ui",
          lib: "@/lib",
          hooks: "@/hooks",
        },
      },
      null,
      2,
    ),
    "app/globals.css": "",
  };
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(app, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/**
 * The CLI also asks the default registry for the base colour named in
 * components.json; REGISTRY_URL points that one request here, since this
 * machine reaches only the package registries.
 */
function startColorsServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    if (!request.url?.startsWith("/colors/")) {
      response.statusCode = 404;
      response.end("{}");
      return;
    }
    response.end(
      JSON.stringify({
        inlineColors: { light: {}, dark: {} },
        cssVars: { light: {}, dark: {} },
        cssVarsV4: { light: {}, dark: {} },
        inlineColorsTemplate: "",
        cssVarsTemplate: "",
      }),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, server });
    }),
  );
}

function assertSameFiles(app: string, origin: string) {
  for (const name of REGISTRY_ITEM_NAMES) {
    for (const file of buildItem(name, origin).files) {
      const written = readFileSync(path.join(app, appPath(file)), "utf8");
      if (written !== file.content) {
        throw new Error(
          `${file.target} in the app differs from the guide's ${file.path}`,
        );
      }
    }
  }
  console.log("Every file the CLI wrote is the guide's own, byte for byte.");
}

async function expectAnswer(
  base: string,
  route: string,
  cookie: string,
  expected: { status: number; redirectTo?: string; contains?: string },
) {
  const response = await fetch(base + route, {
    headers: cookie ? { cookie } : {},
    redirect: "manual",
  });
  const body = await response.text();
  // proxy.ts answers a real 307; a page's own check under Cache Components
  // streams its redirect in a 200 (lesson 1).
  const target =
    response.headers.get("location") ?? streamedRedirectTarget(body);
  const problems = [
    response.status !== expected.status &&
      `answered ${response.status}, not ${expected.status}`,
    expected.redirectTo &&
      !target?.startsWith(expected.redirectTo) &&
      `redirected to ${target}, not ${expected.redirectTo}`,
    !expected.redirectTo && target && `redirected to ${target}`,
    expected.contains &&
      !body.includes(expected.contains) &&
      `does not show "${expected.contains}"`,
  ].filter(Boolean);
  const who = cookie ? "signed in" : "signed out";
  if (problems.length > 0) {
    throw new Error(`${route} ${who}: ${problems.join("; ")}`);
  }
  console.log(`  ${route} ${who}: ${response.status} as the lesson says`);
}

/** Each installed pattern answers as its lesson says, signed out and signed in. */
async function checkPatterns(base: string) {
  // Its own X-Forwarded-For, as the app trusts loopback (TRUSTED_PROXIES).
  const { cookie } = await signUpClient(base, 0);
  const name = "Load 0";
  const pages = [
    "/examples/server-component",
    "/examples/cached-helper",
    "/examples/proxy",
    "/examples/data-access-layer",
    "/examples/authorization",
  ];
  for (const page of pages) {
    await expectAnswer(base, page, "", {
      status: page === "/examples/proxy" ? 307 : 200,
      redirectTo: "/login",
    });
    await expectAnswer(base, page, cookie, { status: 200 });
  }
  await expectAnswer(base, "/examples/server-component", cookie, {
    status: 200,
    contains: name,
  });
  await expectAnswer(base, "/examples/cached-helper", cookie, {
    status: 200,
    contains: name,
  });
  await expectAnswer(base, "/api/user", "", { status: 401 });
  await expectAnswer(base, "/api/user", cookie, {
    status: 200,
    contains: name,
  });
  await expectAnswer(base, "/api/examples/data-access-layer/sessions", "", {
    status: 401,
  });
  await expectAnswer(base, "/examples/server-action", cookie, {
    status: 200,
    contains: name,
  });
  await expectAnswer(base, "/examples/sign-in-actions", "", { status: 200 });
}

function runKit(
  step: string,
  app: string,
  base: string,
  databaseUrl: string,
  allowFailure = false,
) {
  return run(
    step,
    "npx",
    ["playwright", "test", "-c", "tests/auth-test-kit", "--reporter=list,json"],
    {
      cwd: app,
      env: {
        PLAYWRIGHT_JSON_OUTPUT_FILE: path.join(app, "kit-report.json"),
        AUTH_KIT_BASE_URL: base,
        DATABASE_URL: databaseUrl,
        CHROMIUM_PATH: chromiumPath() ?? "",
        CI: "",
      },
      allowFailure,
    },
  );
}

type Suite = {
  suites?: Suite[];
  specs?: { title: string; ok: boolean }[];
};

/** The titles of the tests the last kit run failed, from its JSON report. */
function failedKitTests(app: string): string[] {
  const report = JSON.parse(
    readFileSync(path.join(app, "kit-report.json"), "utf8"),
  ) as Suite;
  const failed = (suite: Suite): string[] => [
    ...(suite.specs ?? []).filter((spec) => !spec.ok).map((spec) => spec.title),
    ...(suite.suites ?? []).flatMap(failed),
  ];
  return failed(report);
}

async function main() {
  const app = mkdtempSync(path.join(tmpdir(), "reader-app-"));
  const servers: NextServer[] = [];
  let colors: Server | undefined;
  try {
    const guide = await startProductionServer({}, "/r/registry.json");
    servers.push(guide);
    const colorsServer = await startColorsServer();
    colors = colorsServer.server;

    writeFreshApp(app);
    await run(
      "npm install (a fresh Next.js app)",
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline"],
      { cwd: app },
    );

    const urls = REGISTRY_ITEM_NAMES.map((name) =>
      installCommand(guide.url, name).split(" ").at(-1)!,
    );
    const [npx, shadcn, add] = installCommand(guide.url, "x").split(" ");
    await run(
      "shadcn add (every item, from the guide's registry)",
      npx,
      ["--yes", shadcn, add, ...urls, "--yes", "--overwrite"],
      {
        cwd: app,
        env: { REGISTRY_URL: colorsServer.url },
      },
    );
    assertSameFiles(app, guide.url);

    await run("prisma generate", "npx", ["prisma", "generate"], { cwd: app });
    await run(
      "prisma generate (PostgreSQL client)",
      "npx",
      ["prisma", "generate", "--schema", "prisma/postgresql/schema.prisma"],
      { cwd: app },
    );
    // What `npx prisma migrate deploy` does, through Prisma's WASM engine:
    // the native engine's download host is out of this machine's reach.
    const databaseUrl = `file:${path.join(app, "prisma/dev.db")}`;
    await deployMigrations(databaseUrl, path.join(app, "prisma/migrations"));

    const secret = newSecret();
    await run("next build", "npx", ["next", "build"], {
      cwd: app,
      env: { BETTER_AUTH_SECRET: secret, DATABASE_URL: databaseUrl },
    });
    const started = await startNext(
      {
        DATABASE_URL: databaseUrl,
        BETTER_AUTH_SECRET: secret,
        TRUSTED_PROXIES: "127.0.0.1",
      },
      { cwd: app, readyPath: "/api/user" },
    );
    servers.push(started);
    console.log("\n=== The installed patterns, as their lessons say");
    await checkPatterns(started.url);
    await runKit(
      "The auth test kit against the app",
      app,
      started.url,
      databaseUrl,
    );
    await started.stop();

    // The broken copy: the note route reads a note by id alone.
    const route = path.join(app, "examples/authorization/route.ts");
    const source = readFileSync(route, "utf8");
    const broken = source.replace(
      "where: { id, ownerId: userId }",
      "where: { id }",
    );
    if (broken === source) {
      throw new Error("The note route's owner check was not found.");
    }
    writeFileSync(route, broken);
    const brokenServer = await startNext(
      {
        DATABASE_URL: databaseUrl,
        BETTER_AUTH_SECRET: secret,
        TRUSTED_PROXIES: "127.0.0.1",
      },
      { cwd: app, command: "dev", readyPath: "/api/user" },
    );
    servers.push(brokenServer);
    const result = await runKit(
      "The kit against the app without the owner check",
      app,
      brokenServer.url,
      databaseUrl,
      true,
    );
    if (result.status === 0) {
      throw new Error(
        "The kit passed against the app without the owner check.",
      );
    }
    // Only the route whose check was taken out may fail: any other failure
    // would be the kit's own fault, or the dev server's.
    const failed = failedKitTests(app);
    const expected = [
      "note at /api/examples/authorization/notes/:id: another user cannot read, change or delete it",
    ];
    if (JSON.stringify(failed) !== JSON.stringify(expected)) {
      throw new Error(
        `The kit should fail exactly ${JSON.stringify(expected)}; it failed ${JSON.stringify(failed)}.`,
      );
    }
    console.log(
      "\nThe kit caught the missing owner check and named the route.",
    );
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    colors?.close();
    if (process.env.KEEP_APP === "1") console.log(`The app is kept at ${app}`);
    else rmSync(app, { recursive: true, force: true });
    console.log("\nTimes:");
    for (const [step, seconds] of timings) {
      console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${step}`);
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
