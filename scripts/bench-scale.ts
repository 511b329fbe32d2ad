// npm run bench:scale: npm run load's load, side by side in one run, on the
// embedded default (one instance, SQLite) and on what a team hosts (two
// instances behind nginx, PostgreSQL). Prints both and their ratio, and
// writes bench/scale.json, which the hosting page shows.
//
//   LOAD_SECONDS (20)  how long the readers run on each setup
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { runLoad, type LoadRow } from "./load";
import { startProductionServer } from "./next-server";
import { ensureServers, startCluster, startRunPostgres } from "./scale-cluster";
import { table } from "./stats";

const SECONDS = Number(process.env.LOAD_SECONDS || 20);

async function embeddedDefault(): Promise<LoadRow[]> {
  const server = await startProductionServer();
  try {
    const { rows, problems } = await runLoad({
      url: server.url,
      databaseUrl: `file:${server.databaseFile}`,
      seconds: SECONDS,
    });
    if (problems.length) {
      throw new Error(`SQLite, one instance: ${problems[0]}`);
    }
    return rows;
  } finally {
    await server.stop();
  }
}

async function teamHosting(): Promise<LoadRow[]> {
  ensureServers();
  const postgres = startRunPostgres();
  try {
    postgres.createDatabase("guide_bench");
    const cluster = await startCluster(postgres.url("guide_bench"));
    try {
      const { rows, problems } = await runLoad({
        url: cluster.url,
        databaseUrl: cluster.databaseUrl,
        seconds: SECONDS,
      });
      if (problems.length) {
        throw new Error(`PostgreSQL, two instances: ${problems[0]}`);
      }
      return rows;
    } finally {
      await cluster.stop();
    }
  } finally {
    postgres.stop();
  }
}

async function main() {
  const sqlite = await embeddedDefault();
  const postgresql = await teamHosting();
  const rows = sqlite.map((row, index) => ({
    operation: row.operation.replace(/ \(.*\)$/, ""),
    sqlite: row,
    postgresql: postgresql[index],
  }));
  console.log(
    `\nThe same load (${SECONDS} s, 50 readers, 100 sign-ups at once) on both setups, on this machine:\n`,
  );
  console.log(
    table(
      rows.map(({ operation, sqlite: a, postgresql: b }) => ({
        operation,
        "SQLite req/s": a.perSecond,
        "SQLite p50": a.p50,
        "SQLite p99": a.p99,
        "PG ×2 req/s": b.perSecond,
        "PG ×2 p50": b.p50,
        "PG ×2 p99": b.p99,
        "req/s ratio": Math.round((b.perSecond / a.perSecond) * 100) / 100,
      })),
    ),
  );
  writeFileSync(
    "bench/scale.json",
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        command: "npm run bench:scale",
        seconds: SECONDS,
        machine: {
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model ?? "unknown",
          memoryGiB: Math.round(totalmem() / 2 ** 30),
          node: process.version,
        },
        rows,
      },
      null,
      2,
    )}\n`,
  );
  console.log("\nWrote bench/scale.json");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
