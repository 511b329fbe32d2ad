// The registry's JSON, built from the files on disk when it is asked for, in
// the registry-item format the shadcn CLI (4.x) reads. An item's files are
// its entries and everything they import from this project; a file another
// item already brings is left to that item, which becomes a dependency.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import {
  importClosure,
  packageOf,
  root,
  sourceOf,
  specifiersOf,
} from "@/lib/source-graph";
import { REGISTRY_ITEMS, type RegistryItemDefinition } from "./items";

/** Packages every Next.js app has already: never listed as dependencies. */
const APP_PACKAGES = new Set(["next", "react", "react-dom"]);
/** Packages an app needs only to build or test. */
const DEV_PACKAGES = new Set(["@playwright/test", "prisma"]);
/** Generated at install time by `prisma generate`, never shipped. */
const isGenerated = (file: string) => file.startsWith("lib/generated/");

type RegistryFile = {
  path: string;
  type: "registry:file";
  target: string;
  content?: string;
};

export type RegistryItem = {
  $schema: string;
  name: string;
  type: "registry:item";
  title: string;
  description: string;
  registryDependencies?: string[];
  dependencies?: string[];
  devDependencies?: string[];
  envVars?: Record<string, string>;
  docs: string;
  files: RegistryFile[];
};

/** A folder's files, without what an editor or the OS leaves beside them. */
function filesUnder(entry: string): string[] {
  const absolute = path.join(/*turbopackIgnore: true*/ root(), entry);
  if (!statSync(absolute).isDirectory()) return [entry];
  return readdirSync(absolute)
    .filter((name) => !name.startsWith(".") && !name.endsWith("~"))
    .sort()
    .flatMap((name) => filesUnder(path.posix.join(entry, name)));
}

let owned: Map<string, string[]> | undefined;

/**
 * Each item's own files, in registry order: a file belongs to the first item
 * that reaches it. Worked out once per process, like the sources it reads
 * (lib/source-graph.ts); the contents are read fresh for each answer.
 */
function ownedFiles(): Map<string, string[]> {
  owned ??= findOwnedFiles();
  return owned;
}

function findOwnedFiles(): Map<string, string[]> {
  const owner = new Map<string, string>();
  const owned = new Map<string, string[]>();
  for (const item of REGISTRY_ITEMS) {
    const files = [
      ...importClosure(
        item.entries,
        (file) => isGenerated(file) || owner.has(file),
      ),
      ...(item.alsoFiles ?? []).flatMap(filesUnder),
    ];
    files.forEach((file) => owner.set(file, item.name));
    owned.set(item.name, files);
  }
  return owned;
}

function ownerOf(
  file: string,
  owned: Map<string, string[]>,
): string | undefined {
  for (const [name, files] of owned) if (files.includes(file)) return name;
}

const versions = new Map<string, string>();

/** The version of an npm package installed in this project. */
export function installedVersion(name: string): string {
  const known = versions.get(name);
  if (known) return known;
  const manifest = path.join(
    /*turbopackIgnore: true*/ root(),
    "node_modules",
    name,
    "package.json",
  );
  const version: string = JSON.parse(readFileSync(manifest, "utf8")).version;
  versions.set(name, version);
  return version;
}

function packagesOf(files: string[], also: readonly string[] = []): string[] {
  const names = new Set(also);
  for (const file of files) {
    if (!/\.(ts|tsx)$/.test(file)) continue;
    for (const specifier of specifiersOf(sourceOf(file))) {
      const name = packageOf(specifier);
      if (name && !APP_PACKAGES.has(name)) names.add(name);
    }
  }
  return [...names].sort().map((name) => `${name}@${installedVersion(name)}`);
}

const isDev = (dependency: string) =>
  DEV_PACKAGES.has(dependency.slice(0, dependency.lastIndexOf("@")));

function definitionOf(name: string): RegistryItemDefinition {
  const item = REGISTRY_ITEMS.find((candidate) => candidate.name === name);
  if (!item) throw new Error(`No registry item is named "${name}".`);
  return item;
}

/** One registry item, with every file's content. `origin` makes dependency URLs absolute. */
export function buildItem(name: string, origin: string): RegistryItem {
  const definition = definitionOf(name);
  const owned = ownedFiles();
  const files = owned.get(name)!;
  const reached = importClosure(definition.entries, isGenerated);
  const dependsOn = new Set(
    reached
      .map((file) => ownerOf(file, owned))
      .filter((owner) => owner !== undefined && owner !== name),
  );
  const packages = packagesOf(files, definition.alsoDependencies);
  return {
    $schema: "https://ui.shadcn.com/schema/registry-item.json",
    name,
    type: "registry:item",
    title: definition.title,
    description: definition.description,
    ...(dependsOn.size > 0 && {
      registryDependencies: [...dependsOn].map(
        (item) => `${origin}/r/${item}.json`,
      ),
    }),
    ...(packages.some((dependency) => !isDev(dependency)) && {
      dependencies: packages.filter((dependency) => !isDev(dependency)),
    }),
    ...(packages.some(isDev) && { devDependencies: packages.filter(isDev) }),
    ...(definition.envVars && { envVars: { ...definition.envVars } }),
    docs: definition.next.join("\n"),
    files: files.map((file) => ({
      path: file,
      type: "registry:file",
      target: `~/${definition.targets?.[file] ?? file}`,
      content: readFileSync(
        path.join(/*turbopackIgnore: true*/ root(), file),
        "utf8",
      ),
    })),
  };
}

/** Where a registry file lands in the reader's app, from the project root. */
export function appPath(file: RegistryFile): string {
  return file.target.slice("~/".length);
}

/** The index: every item, its files without content. */
export function buildRegistry(origin: string) {
  return {
    $schema: "https://ui.shadcn.com/schema/registry.json",
    name: "better-auth-server-guide",
    homepage: origin,
    items: REGISTRY_ITEMS.map((definition) => {
      const {
        $schema: _schema,
        files,
        ...item
      } = buildItem(definition.name, origin);
      return {
        ...item,
        files: files.map(({ content: _content, ...file }) => file),
      };
    }),
  };
}

export const REGISTRY_ITEM_NAMES = REGISTRY_ITEMS.map((item) => item.name);
