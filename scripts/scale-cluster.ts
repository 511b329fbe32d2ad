// The guide as a team hosts it (content/host-it-for-your-team.mdx): Debian's
// PostgreSQL, the migrations as a release step, two `next start` instances
// with the same secret and database, and nginx in front of them with
// deploy/nginx/guide.conf. Loopback only; stop() ends everything it started.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { newSecret, startNext, type NextServer } from "./next-server";
import {
  ensureDebianPackages,
  startNginx,
  startPostgres,
  type Postgres,
} from "./services";

const NGINX_SITE = "deploy/nginx/guide.conf";
export const RUN_DIR = path.resolve(import.meta.dirname, "../.test-run/scale");

/** The ports deploy/nginx/guide.conf names: nginx's, and one per instance. */
function sitePorts(site = NGINX_SITE): {
  proxy: number;
  instances: number[];
} {
  const text = readFileSync(site, "utf8");
  const proxy = Number(/listen 127\.0\.0\.1:(\d+);/.exec(text)?.[1]);
  const instances = [...text.matchAll(/server 127\.0\.0\.1:(\d+)/g)].map(
    (match) => Number(match[1]),
  );
  if (!proxy || instances.length === 0) {
    throw new Error(`${site} names no loopback listen port or no instances`);
  }
  return { proxy, instances };
}

export function ensureServers() {
  ensureDebianPackages({
    postgresql: "/usr/lib/postgresql",
    "nginx-light": "/usr/sbin/nginx",
  });
}

/** A fresh PostgreSQL server in the run folder. */
export function startRunPostgres(port = 55433): Postgres {
  rmSync(path.join(RUN_DIR, "postgres"), { recursive: true, force: true });
  return startPostgres({ dir: path.join(RUN_DIR, "postgres"), port });
}

export type Cluster = {
  url: string;
  databaseUrl: string;
  instances: NextServer[];
  /** nginx's access log: request id, status, the instance that answered, the request line. */
  accessLog: string;
  /** Takes an instance out as an operator would: nginx stops sending it requests, then it stops. */
  drainAndStop(index: number): Promise<void>;
  stop(): Promise<void>;
};

/** Migrates `databaseUrl` with the release step's own command, then starts the instances and nginx. */
export async function startCluster(databaseUrl: string): Promise<Cluster> {
  const { proxy, instances: ports } = sitePorts();
  const url = `http://127.0.0.1:${proxy}`;
  const migrate = spawnSync("npm", ["run", "db:migrate"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "inherit",
  });
  if (migrate.status !== 0) throw new Error("npm run db:migrate failed");

  const env = {
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: newSecret(),
    BETTER_AUTH_URL: url,
    // nginx connects from loopback.
    TRUSTED_PROXIES: "127.0.0.1",
  };
  const instances = await Promise.all(
    ports.map((port) => startNext(env, { port })),
  );
  const nginx = await startNginx({
    dir: path.join(RUN_DIR, "nginx"),
    site: NGINX_SITE,
    port: proxy,
  });
  return {
    url,
    databaseUrl,
    instances,
    accessLog: path.join(RUN_DIR, "nginx", "logs", "access.log"),
    drainAndStop: async (index) => {
      const port = ports[index];
      const drained = path.join(RUN_DIR, "nginx", "guide-drained.conf");
      writeFileSync(
        drained,
        readFileSync(NGINX_SITE, "utf8").replace(
          new RegExp(`(server 127\\.0\\.0\\.1:${port}) [^;]*;`),
          "$1 down;",
        ),
      );
      await nginx.reload(drained);
      await instances[index].stop();
    },
    stop: async () => {
      await nginx.stop();
      await Promise.all(instances.map((instance) => instance.stop()));
    },
  };
}
