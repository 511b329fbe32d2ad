// The real servers the scale test runs the site on: Debian's PostgreSQL and
// nginx, each in a folder of its own, listening on loopback only, stopped by
// the caller. Nothing here touches the machine's own clusters or sites.
import {
  execFileSync,
  spawn,
  spawnSync,
  type ChildProcess,
} from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

const isRoot = process.getuid?.() === 0;

/** Installs the Debian packages whose programs are missing (as .ci/run does for chromium). */
export function ensureDebianPackages(packages: Record<string, string>) {
  const missing = Object.entries(packages)
    .filter(([, program]) => !existsSync(program))
    .map(([name]) => name);
  if (missing.length === 0) return;
  if (!isRoot) {
    throw new Error(
      `Install Debian's ${missing.join(", ")} first (apt-get install ${missing.join(" ")}).`,
    );
  }
  console.log(`Installing Debian's ${missing.join(", ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing], {
    stdio: "inherit",
    env,
  });
}

/** The bin folder of the newest PostgreSQL that Debian's packages installed. */
function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      "No PostgreSQL under /usr/lib/postgresql: install Debian's postgresql.",
    );
  }
  return path.join(root, versions[0], "bin");
}

export type Postgres = {
  url: (database: string) => string;
  createDatabase: (name: string) => void;
  stop: () => void;
};

/**
 * initdb in `dir`, then a server on 127.0.0.1:`port` with password
 * authentication. PostgreSQL refuses to run as root, so as root it runs as
 * Debian's postgres user.
 */
export function startPostgres({
  dir,
  port,
  user = "guide",
  password = "guide-test-password",
}: {
  dir: string;
  port: number;
  user?: string;
  password?: string;
}): Postgres {
  const bin = postgresBin();
  const data = path.join(dir, "data");
  mkdirSync(dir, { recursive: true });
  const passwordFile = path.join(dir, "password");
  writeFileSync(passwordFile, `${password}\n`);
  if (isRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
    chownSync(passwordFile, uid, gid);
  }
  chmodSync(passwordFile, 0o600);
  const run = (program: string, args: string[]) => {
    const [command, commandArgs] = isRoot
      ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]]
      : [path.join(bin, program), args];
    // PGPASSWORD for createdb; runuser passes the environment on.
    const result = spawnSync(command, commandArgs as string[], {
      encoding: "utf8",
      env: { ...process.env, PGPASSWORD: password },
    });
    if (result.status !== 0) {
      throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
    }
  };
  if (!existsSync(path.join(data, "PG_VERSION"))) {
    run("initdb", [
      "-D",
      data,
      "-U",
      user,
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "-E",
      "UTF8",
      "--locale=C",
    ]);
  }
  // Loopback only, and the socket in this folder rather than /var/run.
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=200 -c fsync=on`;
  run("pg_ctl", [
    "-D",
    data,
    "-o",
    options,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-t",
    "60",
    "start",
  ]);

  const url = (database: string) =>
    `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase: (name) =>
      run("createdb", [
        "-h",
        "127.0.0.1",
        "-p",
        String(port),
        "-U",
        user,
        name,
      ]),
    stop: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      } catch (error) {
        console.error(String(error));
      }
    },
  };
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

type Nginx = {
  process: ChildProcess;
  reload: (site: string) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * nginx with `site` (a file like deploy/nginx/guide.conf) in its http block,
 * and everything else it writes (pid, logs, temp files) in `dir`.
 */
export async function startNginx({
  dir,
  site,
  port,
}: {
  dir: string;
  site: string;
  port: number;
}): Promise<Nginx> {
  mkdirSync(path.join(dir, "logs"), { recursive: true });
  const config = path.join(dir, "nginx.conf");
  writeNginxConfig(config, dir, site);
  const child = spawn("nginx", ["-p", dir, "-c", config], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForPort(port, child, "nginx");
  return {
    process: child,
    // SIGHUP: nginx reads the configuration again; old workers finish the requests they have.
    reload: async (newSite) => {
      writeNginxConfig(config, dir, newSite);
      child.kill("SIGHUP");
      // The old workers finish the requests they hold, then exit. Waiting for
      // them means an instance stopped after the reload has none of nginx's
      // requests in flight: a fixed second was once too short under load, and
      // two requests lost their instance mid-answer.
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (let waited = 0; oldWorkersRunning(child.pid!); waited += 100) {
        if (waited > 20_000) {
          throw new Error(
            "nginx's old workers did not exit within 20 s of a reload",
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      }),
  };
}

/** Whether nginx's master still has workers from before a reload ("worker process is shutting down"). */
function oldWorkersRunning(masterPid: number): boolean {
  const found = spawnSync("pgrep", [
    "-P",
    String(masterPid),
    "-f",
    "shutting down",
  ]);
  return found.status === 0;
}

function writeNginxConfig(config: string, dir: string, site: string) {
  writeFileSync(
    config,
    `# Written by scripts/services.ts for the scale test.
${isRoot ? "user root;" : ""}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  # Which instance answered each request, for the scale specs.
  log_format upstream '$request_id $status $upstream_addr "$request"';
  access_log ${dir}/logs/access.log upstream;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${path.resolve(site)};
}
`,
  );
  const test = spawnSync("nginx", ["-t", "-p", dir, "-c", config], {
    encoding: "utf8",
  });
  if (test.status !== 0) {
    throw new Error(`nginx refused its configuration: ${test.stderr}`);
  }
}

async function waitForPort(port: number, child: ChildProcess, name: string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${name} exited with code ${child.exitCode}`);
    }
    try {
      await fetch(`http://127.0.0.1:${port}/`, {
        signal: AbortSignal.timeout(1_000),
      });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${name} did not listen on 127.0.0.1:${port} within 30 s`);
}
