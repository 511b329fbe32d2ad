// Which project files a file imports, and which npm packages. Read from the
// source text (the tree is Prettier-formatted, so a pattern is enough and no
// compiler rides into a route). The registry uses it to gather the files an
// item installs; "Tested by" uses it to follow a spec to the files it runs.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const IMPORT_PATTERNS = [
  // import x from "m"; import { a } from "m"; export { a } from "m"; import type …
  /^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/gms,
  // import "m";
  /^\s*import\s*["']([^"']+)["']/gm,
  // import("m")
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
];

const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx", ""];

export function root(): string {
  return /*turbopackIgnore: true*/ process.cwd();
}

/** Every module specifier a source file names, in order of appearance. */
export function specifiersOf(source: string): string[] {
  const found = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of source.matchAll(pattern)) found.add(match[1]);
  }
  return [...found];
}

/** The npm package a bare specifier names ("@scope/name/sub" → "@scope/name"), or null for a local or built-in one. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith(".") || specifier.startsWith("@/")) return null;
  if (specifier.startsWith("node:")) return null;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** The project file (path from the root, posix) a local specifier in `from` resolves to, or null. */
export function resolveLocal(specifier: string, from: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) {
    base = path.posix.join(path.posix.dirname(from), specifier);
  } else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    const absolute = path.join(/*turbopackIgnore: true*/ root(), candidate);
    if (existsSync(absolute) && statSync(absolute).isFile()) return candidate;
  }
  return null;
}

const sources = new Map<string, string>();

export function sourceOf(file: string): string {
  let source = sources.get(file);
  if (source === undefined) {
    source = readFileSync(
      path.join(/*turbopackIgnore: true*/ root(), file),
      "utf8",
    );
    sources.set(file, source);
  }
  return source;
}

const imports = new Map<string, string[]>();

/** The project files a file imports directly. */
export function localImportsOf(file: string): string[] {
  if (!/\.(ts|tsx)$/.test(file)) return [];
  let found = imports.get(file);
  if (found === undefined) {
    found = specifiersOf(sourceOf(file)).flatMap((specifier) => {
      const resolved = resolveLocal(specifier, file);
      return resolved ? [resolved] : [];
    });
    imports.set(file, found);
  }
  return found;
}

/**
 * The files reachable from `entries` through local imports, entries first.
 * `stop` names files to leave out and not follow (another item's files,
 * generated code).
 */
export function importClosure(
  entries: readonly string[],
  stop: (file: string) => boolean = () => false,
): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || stop(file)) return;
    seen.add(file);
    localImportsOf(file).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}
