// Starts a second `next start` of the run's build, for tests about the server
// itself: restarts, https cookies, refusing to start. Each gets its own port
// and, unless told otherwise, its own fresh database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deployMigrations } from "../../../scripts/migrate";

type ServerProcess = {
  url: string;
  stop(): Promise<void>;
  output(): string;
};

export async function freshDatabaseUrl(): Promise<string> {
  const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "guide-db-")), "test.db")}`;
  await deployMigrations(url);
  return url;
}

export function testSecret(): string {
  return randomBytes(32).toString("base64");
}

/**
 * Runs `next start` on 127.0.0.1 (or `next dev` on localhost, as `npm run dev`
 * serves it) until it answers, or rejects with its output if it exits first.
 */
export function startServer(
  port: number,
  env: Record<string, string | undefined>,
  command: "start" | "dev" = "start",
): Promise<ServerProcess> {
  const host = command === "dev" ? "localhost" : "127.0.0.1";
  const url = `http://${host}:${port}`;
  const child = spawn(
    "node_modules/.bin/next",
    [command, "-H", host, "-p", String(port)],
    {
      env: {
        ...process.env,
        BETTER_AUTH_URL: url,
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
      },
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const server: ServerProcess = {
    url,
    stop: () => stop(child),
    output: () => output,
  };

  return new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new ServerExited(code, output)));
    const poll = async () => {
      try {
        await fetch(`${url}/login`);
        resolve(server);
      } catch {
        if (child.exitCode === null) setTimeout(poll, 200);
      }
    };
    poll();
  });
}

export class ServerExited extends Error {
  constructor(
    readonly code: number | null,
    readonly output: string,
  ) {
    super(`next start exited with ${code}:\n${output}`);
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
