// Starts the production build on a free loopback port with a fresh database,
// for the load and benchmark scripts. Builds first when there is no build.
// startNext() starts one more instance of the build on a database of the
// caller's (the scale test's two instances on PostgreSQL).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { deployMigrations } from "./migrate";

export type RunningServer = {
  url: string;
  databaseFile: string;
  output(): string;
  stop(): Promise<void>;
};
export type NextInstance = {
  url: string;
  output(): string;
  stop(): Promise<void>;
};

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

/** `readyPath`: what to poll until the server answers (a page loads that route first). */
export async function startProductionServer(
  extraEnv: Record<string, string> = {},
  readyPath = "/login",
): Promise<RunningServer> {
  const secret = randomBytes(32).toString("base64");
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
  const databaseFile = path.join(
    mkdtempSync(path.join(tmpdir(), "guide-run-")),
    "run.db",
  );
  await deployMigrations(`file:${databaseFile}`);
  const instance = await startNext(
    {
      DATABASE_URL: `file:${databaseFile}`,
      BETTER_AUTH_SECRET: secret,
      ...extraEnv,
    },
    readyPath,
  );
  return { ...instance, databaseFile };
}

/** `next start` of the build on a free loopback port (or env.PORT), with env over the defaults. */
export async function startNext(
  env: Record<string, string>,
  readyPath = "/login",
): Promise<NextInstance> {
  const port = Number(env.PORT) || (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    "node_modules/.bin/next",
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    {
      env: {
        ...process.env,
        BETTER_AUTH_URL: url,
        NEXT_TELEMETRY_DISABLED: "1",
        // The load and bench clients stand where a proxy would: they connect
        // from loopback and name each simulated reader in X-Forwarded-For.
        TRUSTED_PROXIES: "127.0.0.1",
        ...env,
      },
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  await waitUntilUp(url + readyPath, child, () => output);
  return { url, output: () => output, stop: () => stop(child) };
}

async function waitUntilUp(
  readyUrl: string,
  child: ChildProcess,
  output: () => string,
) {
  for (let waited = 0; waited < 60_000; waited += 200) {
    if (child.exitCode !== null) {
      throw new Error(`next start exited:\n${output()}`);
    }
    try {
      await fetch(readyUrl);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error("next start did not answer within 60 s");
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
