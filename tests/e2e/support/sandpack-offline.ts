// Runs Sandpack with no internet, with no test-only code in the app.
//
// The site uses CodeSandbox's hosted bundler, as readers online do. Here the
// browser context answers the bundler's host from the copy of the bundler that
// ships in node_modules, builds the packager's package manifests from the
// local node_modules, and aborts every other request that leaves this machine.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { BrowserContext, Route } from "@playwright/test";
import { BASE_URL } from "../test-env";

const BUNDLER_DIR = path.join(
  process.cwd(),
  "node_modules/@codesandbox/sandpack-client/sandpack",
);
const BUNDLER_VERSION: string = JSON.parse(
  readFileSync(
    path.join(
      process.cwd(),
      "node_modules/@codesandbox/sandpack-client/package.json",
    ),
    "utf8",
  ),
).version;
/** The hosted bundler, for example https://2-19-8-sandpack.codesandbox.io. */
export const BUNDLER_ORIGIN = `https://${BUNDLER_VERSION.replace(/\./g, "-")}-sandpack.codesandbox.io`;
// Where the bundler resolves a version range (for the Babel runtime it adds
// itself) before it asks the packager.
const VERSION_LOOKUP =
  /^https:\/\/data\.jsdelivr\.com\/v1\/package\/npm\/((?:@[^/]+\/)?[^/@]+)$/;
const PACKAGER =
  /^https:\/\/prod-packager-packages\.codesandbox\.io\/v2\/packages\/(.+)\/([^/]+)\.json$/;

type OfflineLog = { served: string[]; aborted: string[] };

export async function runSandpackOffline(
  context: BrowserContext,
  site = BASE_URL,
): Promise<OfflineLog> {
  const log: OfflineLog = { served: [], aborted: [] };
  await context.route(
    (url) => url.origin !== new URL(site).origin,
    async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === BUNDLER_ORIGIN) {
        return serveBundlerFile(route, url, log);
      }
      const packager = PACKAGER.exec(url.href);
      if (packager) {
        return serveManifest(
          route,
          decodeURIComponent(packager[1]),
          packager[2],
          log,
        );
      }
      const lookup = VERSION_LOOKUP.exec(url.href);
      if (lookup) {
        return serveVersions(route, decodeURIComponent(lookup[1]), log);
      }
      if (url.protocol === "data:" || url.protocol === "blob:") {
        return route.continue();
      }
      log.aborted.push(url.href);
      return route.abort("internetdisconnected");
    },
  );
  return log;
}

async function serveBundlerFile(route: Route, url: URL, log: OfflineLog) {
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, "");
  let file = path.join(BUNDLER_DIR, relative);
  if (
    !file.startsWith(BUNDLER_DIR) ||
    !existsSync(file) ||
    statSync(file).isDirectory()
  ) {
    file = path.join(BUNDLER_DIR, "index.html");
  }
  log.served.push(url.pathname);
  await route.fulfill({ path: file });
}

/** The versions "published": the one installed here, or the one the bundler asked about. */
async function serveVersions(route: Route, name: string, log: OfflineLog) {
  log.served.push(`versions of ${name}`);
  const dir = packageDir(name);
  const version = dir
    ? readPackage(dir).version
    : ASKED_BUT_UNUSED_VERSIONS[name];
  if (!version) {
    return route.fulfill({
      status: 404,
      headers: { "access-control-allow-origin": "*" },
      body: "",
    });
  }
  await route.fulfill({
    headers: { "access-control-allow-origin": "*" },
    json: { tags: { latest: version }, versions: [version] },
  });
}

// The bundler asks for these on every start, though no sandbox imports them
// (Node built-in shims, and Babel's package for its version checks). They are
// answered as empty packages rather than installed here.
const ASKED_BUT_UNUSED_VERSIONS: Record<string, string> = {
  "node-libs-browser": "2.2.1",
  "@babel/core": "7.3.3",
};
const ASKED_BUT_UNUSED = Object.keys(ASKED_BUT_UNUSED_VERSIONS);

async function serveManifest(
  route: Route,
  name: string,
  version: string,
  log: OfflineLog,
) {
  // A context with extra headers (the fixtures' X-Forwarded-For) turns the
  // bundler's fetch into one that the browser checks with a preflight first.
  if (route.request().method() === "OPTIONS") {
    return route.fulfill({
      status: 204,
      headers: {
        "access-control-allow-origin": "*",
        "access-control-allow-headers": "*",
        "access-control-allow-methods": "GET",
      },
    });
  }
  log.served.push(`${name}@${version}`);
  const manifest = ASKED_BUT_UNUSED.includes(name)
    ? JSON.stringify(emptyManifest(name, version))
    : cachedManifest(name);
  const headers = { "access-control-allow-origin": "*" };
  if (!manifest) {
    return route.fulfill({
      status: 404,
      headers,
      body: `${name} is not installed here`,
    });
  }
  await route.fulfill({
    headers,
    contentType: "application/json",
    body: manifest,
  });
}

// react-dom's manifest is megabytes of JSON: build each one once per worker.
const manifests = new Map<string, string | null>();
function cachedManifest(name: string): string | null {
  if (!manifests.has(name)) {
    const manifest = packageManifest(name);
    manifests.set(name, manifest && JSON.stringify(manifest));
  }
  return manifests.get(name) ?? null;
}

type PackageJson = {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
};

function packageDir(name: string, from = process.cwd()): string | null {
  try {
    const fromRequire = createRequire(path.join(from, "package.json"));
    return path.dirname(fromRequire.resolve(`${name}/package.json`));
  } catch {
    const direct = path.join(process.cwd(), "node_modules", name);
    return existsSync(path.join(direct, "package.json")) ? direct : null;
  }
}

/**
 * The packager's answer for one package: the code of the package and of its
 * dependencies, in the format of codesandbox-client's merge-dependency.ts.
 */
function packageManifest(name: string) {
  const root = packageDir(name);
  if (!root) return null;
  const rootPackage = readPackage(root);
  const contents: Record<string, { content: string }> = {};
  const dependencyDependencies: Record<
    string,
    { semver: string; resolved: string; parents: string[]; entries: string[] }
  > = {};

  const seen = new Set<string>();
  const visit = (
    dir: string,
    pkg: PackageJson,
    parent: string | null,
    semver: string,
  ) => {
    if (seen.has(pkg.name)) return;
    seen.add(pkg.name);
    addFiles(dir, `/node_modules/${pkg.name}`, contents);
    if (parent) {
      dependencyDependencies[pkg.name] = {
        semver,
        resolved: pkg.version,
        parents: [parent],
        entries: [pkg.name],
      };
    }
    for (const [dependency, range] of Object.entries(pkg.dependencies ?? {})) {
      const dependencyDir = packageDir(dependency, dir);
      if (dependencyDir) {
        visit(dependencyDir, readPackage(dependencyDir), pkg.name, range);
      }
    }
  };
  visit(root, rootPackage, null, rootPackage.version);

  return {
    contents,
    dependency: { name: rootPackage.name, version: rootPackage.version },
    peerDependencies: {},
    dependencyDependencies,
    dependencyAliases: {},
  };
}

function emptyManifest(name: string, version: string) {
  return {
    contents: {
      [`/node_modules/${name}/package.json`]: {
        content: JSON.stringify({ name, version }),
      },
    },
    dependency: { name, version },
    peerDependencies: {},
    dependencyDependencies: {},
    dependencyAliases: {},
  };
}

function readPackage(dir: string): PackageJson {
  return JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
}

function addFiles(
  dir: string,
  prefix: string,
  contents: Record<string, { content: string }>,
) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      addFiles(full, `${prefix}/${entry.name}`, contents);
    } else if (/\.(c?js|json)$/.test(entry.name)) {
      contents[`${prefix}/${entry.name}`] = {
        content: readFileSync(full, "utf8"),
      };
    }
  }
}
