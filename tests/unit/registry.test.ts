// The registry (lib/registry/) holds no copies: every item is built from the
// files on disk. These check what the builder makes of them.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { buildItem, buildRegistry } from "../../lib/registry/build";
import { REGISTRY_ITEMS } from "../../lib/registry/items";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ORIGIN = "https://guide.example";
const packageJson = JSON.parse(
  readFileSync(path.join(ROOT, "package.json"), "utf8"),
);
const declared = {
  ...packageJson.dependencies,
  ...packageJson.devDependencies,
};

test("every item's files are the project's files, verbatim", () => {
  for (const { name } of REGISTRY_ITEMS) {
    for (const file of buildItem(name, ORIGIN).files) {
      assert.equal(
        file.content,
        readFileSync(path.join(ROOT, file.path), "utf8"),
        file.path,
      );
      assert.match(file.target, /^~\//, `${name}: ${file.path}'s target`);
    }
  }
});

test("no file is written by two items, and no item ships site machinery", () => {
  const writers = new Map<string, string>();
  for (const { name } of REGISTRY_ITEMS) {
    for (const file of buildItem(name, ORIGIN).files) {
      assert.ok(
        !writers.has(file.target),
        `${file.target}: ${writers.get(file.target)} and ${name}`,
      );
      writers.set(file.target, name);
      assert.doesNotMatch(
        file.path,
        /^(components\/|lib\/(docs|course|teams|registry)\/|scripts\/)/,
        `${name} ships ${file.path}`,
      );
      assert.doesNotMatch(
        file.path,
        /\/(trap|seed|alternative)\//,
        `${name} ships a compare variant, ${file.path}`,
      );
    }
  }
});

test("dependencies are the exact versions this site runs, each one declared in package.json", () => {
  for (const { name } of REGISTRY_ITEMS) {
    const item = buildItem(name, ORIGIN);
    for (const dependency of [
      ...(item.dependencies ?? []),
      ...(item.devDependencies ?? []),
    ]) {
      const at = dependency.lastIndexOf("@");
      const [packageName, version] = [
        dependency.slice(0, at),
        dependency.slice(at + 1),
      ];
      assert.ok(
        packageName in declared,
        `${name} needs ${packageName}, which package.json does not declare`,
      );
      assert.match(version, /^\d+\.\d+\.\d+/, dependency);
    }
  }
});

test("every pattern builds on auth-setup, by URL on the registry's origin", () => {
  for (const { name } of REGISTRY_ITEMS.filter(
    (item) => item.name !== "auth-setup",
  )) {
    assert.deepEqual(
      buildItem(name, ORIGIN).registryDependencies,
      [`${ORIGIN}/r/auth-setup.json`],
      name,
    );
  }
  assert.equal(buildItem("auth-setup", ORIGIN).registryDependencies, undefined);
});

test("the index lists every item without file contents", () => {
  const registry = buildRegistry(ORIGIN);
  assert.deepEqual(
    registry.items.map((item) => item.name),
    REGISTRY_ITEMS.map((item) => item.name),
  );
  for (const item of registry.items) {
    for (const file of item.files) {
      assert.ok(!("content" in file), `${item.name}: ${file.path}`);
    }
  }
});

test("each item's page offers it with <AddToApp>", () => {
  for (const { name, page } of REGISTRY_ITEMS) {
    const mdx = path.join(ROOT, "content", `${page}.mdx`);
    assert.ok(existsSync(mdx), `${name}: content/${page}.mdx`);
    assert.ok(
      readFileSync(mdx, "utf8").includes(`<AddToApp item="${name}" />`),
      `content/${page}.mdx has no <AddToApp item="${name}" />`,
    );
  }
});
