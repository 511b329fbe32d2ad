// npm run test:scale: the guide as a team hosts it, on real servers.
//  1. The end-to-end suite on PostgreSQL (it builds the site), but for the
//     specs that check only markup (MARKUP_ONLY_SPECS).
//  2. Two instances behind nginx on one PostgreSQL database: the cluster
//     specs (tests/scale) through nginx and straight at each instance.
//  3. npm run load's load through nginx: no errors, no lost writes.
//  4. The same load again, with one instance taken out halfway.
// Installs Debian's postgresql and nginx when they are missing (as root);
// everything listens on loopback and stops when the run ends.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { runLoad, type LoadResult } from "./load";
import {
  ensureServers,
  startCluster,
  startRunPostgres,
  type Cluster,
} from "./scale-cluster";

const LOAD_SECONDS = Number(process.env.LOAD_SECONDS || 12);

function step(title: string) {
  console.log(`\n=== ${title}\n`);
}

function runOrFail(
  command: string,
  args: string[],
  env: Record<string, string>,
) {
  const result = spawnSync(command, args, {
    env: { ...process.env, ...env },
    stdio: "inherit",
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed`);
  }
}

// Specs about the pages themselves rather than what the database holds: axe
// on every page, the shown files and links, the prerendered shells, the
// registry's files, and the Sandpack frames (whose requests reach the same
// route and action the lesson specs run here). They were more than half of
// the suite's time (481 + 150 + 113 of 1,331 test-seconds, measured
// 2026-12-05), so the PostgreSQL run leaves them to npm test's SQLite run.
const MARKUP_ONLY_SPECS = [
  "accessibility.spec.ts",
  "docs.spec.ts",
  "sandbox.spec.ts",
  "prerendered.spec.ts",
  "registry.spec.ts",
];

function databaseSpecs(): string[] {
  return readdirSync("tests/e2e")
    .filter(
      (file) => file.endsWith(".spec.ts") && !file.endsWith(".server.spec.ts"),
    )
    .filter((file) => !MARKUP_ONLY_SPECS.includes(file))
    .map((file) => `tests/e2e/${file}`);
}

function assertClean(name: string, result: LoadResult) {
  if (result.problems.length > 0) {
    throw new Error(
      `${name}:\n- ${[...new Set(result.problems)].slice(0, 20).join("\n- ")}`,
    );
  }
  if (result.writesChecked === 0) {
    throw new Error(`${name}: no write was checked`);
  }
}

async function main() {
  ensureServers();
  const postgres = startRunPostgres();
  let cluster: Cluster | undefined;
  try {
    postgres.createDatabase("guide_e2e");
    postgres.createDatabase("guide_scale");

    if (process.env.SCALE_SKIP_SUITE !== "1") {
      step("The end-to-end suite on PostgreSQL");
      runOrFail(
        "npx",
        ["playwright", "test", "--project=chromium", ...databaseSpecs()],
        { E2E_DATABASE_URL: postgres.url("guide_e2e") },
      );
    }

    step("The PostgreSQL migration history gives schema.prisma exactly");
    runOrFail("npx", ["tsx", "scripts/migrate.ts", "check"], {
      DATABASE_URL: postgres.url("guide_scale"),
    });

    step("Two instances behind nginx");
    cluster = await startCluster(postgres.url("guide_scale"));
    runOrFail(
      "npx",
      ["playwright", "test", "-c", "playwright.scale.config.ts"],
      {
        SCALE_URL: cluster.url,
        SCALE_INSTANCES: cluster.instances
          .map((instance) => instance.url)
          .join(" "),
        SCALE_DATABASE_URL: cluster.databaseUrl,
        SCALE_NGINX_LOG: cluster.accessLog,
      },
    );

    step("npm run load through nginx");
    assertClean(
      "load through nginx",
      await runLoad({
        url: cluster.url,
        databaseUrl: cluster.databaseUrl,
        seconds: LOAD_SECONDS,
      }),
    );

    step("The same load, one instance taken out halfway");
    const result = await runLoad({
      url: cluster.url,
      databaseUrl: cluster.databaseUrl,
      seconds: LOAD_SECONDS,
      halfway: async () => {
        console.log(
          `Taking ${cluster!.instances[1].url} out: marked down in nginx, reloaded, then stopped (SIGTERM)`,
        );
        await cluster!.drainAndStop(1);
      },
    });
    assertClean("load with one instance stopped", result);
    console.log(
      "\nOK: every spec passed through nginx on PostgreSQL; both loads had no errors and no lost writes.",
    );
  } finally {
    await cluster?.stop();
    postgres.stop();
  }
}

main().catch((error) => {
  console.error(
    `\nFAILED: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
