// Starts the site with `next start` (or `next dev`) on a loopback port and
// waits until it answers: for the load, bench and scale scripts, and for the
// tests that need servers of their own (restarts, https cookies, refusing to
// start). One place for the secret, the fresh database and the process.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { deployMigrations } from "./migrate";

export type NextServer = {
  url: string;
  output(): string;
  stop(): Promise<void>;
};

/** The process exited before it answered: its exit code and everything it printed. */
export class ServerExited extends Error {
  constructor(
    readonly code: number | null,
    readonly output: string,
  ) {
    super(`next exited with ${code}:\n${output}`);
  }
}

/** A BETTER_AUTH_SECRET of 32 random bytes, one per run. */
export function newSecret(): string {
  return randomBytes(32).toString("base64");
}

/** A new SQLite file in the temporary folder, migrated. */
export async function freshDatabaseUrl(): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), "guide-db-"));
  const url = `file:${path.join(folder, "run.db")}`;
  await deployMigrations(url);
  return url;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `next start` of the build on 127.0.0.1 (or `next dev` on localhost, as
 * `npm run dev` serves it), on `port` or a free one, with `env` over the
 * defaults: a fresh database and a new secret unless `env` names its own
 * (an `undefined` value leaves the variable unset). Resolves once `readyPath`
 * answers; rejects with ServerExited if the process ends first.
 */
export async function startNext(
  env: Record<string, string | undefined>,
  {
    port,
    command = "start",
    readyPath = "/login",
    cwd,
  }: {
    port?: number;
    command?: "start" | "dev";
    readyPath?: string;
    /** Another app's folder (its own node_modules/.bin/next); this project by default. */
    cwd?: string;
  } = {},
): Promise<NextServer> {
  const own = {
    ...("DATABASE_URL" in env
      ? {}
      : { DATABASE_URL: await freshDatabaseUrl() }),
    ...("BETTER_AUTH_SECRET" in env ? {} : { BETTER_AUTH_SECRET: newSecret() }),
  };
  const host = command === "dev" ? "localhost" : "127.0.0.1";
  const url = `http://${host}:${port ?? (await freePort())}`;
  const child = spawn(
    "node_modules/.bin/next",
    [command, "-H", host, "-p", new URL(url).port],
    {
      cwd,
      env: {
        ...process.env,
        BETTER_AUTH_URL: url,
        NEXT_TELEMETRY_DISABLED: "1",
        ...own,
        ...env,
      },
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  // "close", not "exit": by then everything it printed has arrived.
  const closed = new Promise<never>((_, reject) =>
    child.once("close", (code) => reject(new ServerExited(code, output))),
  );
  closed.catch(() => {});
  const stop = () =>
    child.exitCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        });

  for (let waited = 0; waited < 60_000; waited += 200) {
    if (child.exitCode !== null) await closed;
    try {
      await fetch(url + readyPath);
      return { url, output: () => output, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop();
  throw new Error(`${url} did not answer within 60 s:\n${output}`);
}

/**
 * The production build (built first if there is none) on a fresh database,
 * as the load and bench scripts use it: their clients stand where a proxy
 * would, on loopback, and name each simulated reader in X-Forwarded-For.
 */
export async function startProductionServer(
  extraEnv: Record<string, string> = {},
  readyPath = "/login",
): Promise<NextServer & { databaseFile: string }> {
  const secret = newSecret();
  if (!existsSync(".next/BUILD_ID")) {
    console.log("No production build yet: running next build…");
    const build = spawnSync("node_modules/.bin/next", ["build"], {
      stdio: "inherit",
      env: {
        ...process.env,
        BETTER_AUTH_SECRET: secret,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const databaseUrl = await freshDatabaseUrl();
  const server = await startNext(
    {
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: secret,
      TRUSTED_PROXIES: "127.0.0.1",
      ...extraEnv,
    },
    { readyPath },
  );
  return { ...server, databaseFile: databaseUrl.slice("file:".length) };
}
