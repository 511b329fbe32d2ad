// The lesson record (lib/course/lessons.ts) against the files it names: a
// page, example folder, route or spec that drifts from it fails here.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { LESSONS } from "../../lib/course/lessons";
import { SANDBOXES } from "../../components/sandbox/sandboxes";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SLUGS: readonly string[] = LESSONS.map((lesson) => lesson.slug);

/** Specs that test the site rather than one lesson. */
const SITE_SPECS = [
  "accessibility.spec.ts",
  "auth.spec.ts",
  "course.spec.ts",
  "docs.spec.ts",
  "prerendered.spec.ts",
  "registry.spec.ts",
  "sandbox.spec.ts",
  "security.spec.ts",
  "teams.spec.ts",
  "load.server.spec.ts",
  "server-lifecycle.server.spec.ts",
  "startup-checks.server.spec.ts",
];

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const folders = (dir: string) =>
  readdirSync(path.join(ROOT, dir)).filter((name) =>
    statSync(path.join(ROOT, dir, name)).isDirectory(),
  );

/** The URL of every page and route handler under an app/ folder. */
function routesUnder(dir: string): string[] {
  if (!existsSync(path.join(ROOT, dir))) return [];
  return readdirSync(path.join(ROOT, dir), { recursive: true })
    .map(String)
    .filter((file) => /(^|\/)(page\.tsx?|route\.ts)$/.test(file))
    .map((file) =>
      path.posix.join(dir.replace(/^app/, ""), path.posix.dirname(file)),
    );
}

function frontMatterTitle(source: string): string | undefined {
  const title = /^---\n[\s\S]*?^title: (.*)$/m.exec(source)?.[1];
  return title?.replace(/^"(.*)"$/, "$1");
}

const attributeValues = (source: string, component: string, name: string) =>
  [
    ...source.matchAll(new RegExp(`<${component}\\s+${name}="([^"]+)"`, "g")),
  ].map((match) => match[1]);

test("lessons are numbered in order and each page's title is the record's", () => {
  LESSONS.forEach((lesson, index) => {
    assert.match(lesson.title, new RegExp(`^${index + 1}\\. \\S`));
    const page = `content/${lesson.slug}.mdx`;
    assert.ok(existsSync(path.join(ROOT, page)), `${page} is missing`);
    assert.equal(frontMatterTitle(read(page)), lesson.title, page);
  });
});

test("each lesson has its example folder, and every example folder is a lesson's", () => {
  assert.deepEqual(
    folders("examples")
      .filter((name) => name !== "sandboxes")
      .sort(),
    [...SLUGS].sort(),
  );
});

test("the record lists every live route, each under its lesson's name", () => {
  const listed = LESSONS.flatMap((lesson) => [...lesson.routes]).sort();
  const served = [
    ...routesUnder("app/examples"),
    ...routesUnder("app/api/examples"),
    "/api/user",
  ].sort();
  assert.deepEqual(listed, served);

  for (const lesson of LESSONS) {
    const routes: readonly string[] = lesson.routes;
    assert.ok(routes.includes(lesson.example), lesson.example);
    for (const route of routes) {
      if (route === "/api/user") continue;
      assert.match(
        route,
        new RegExp(`^(/api)?/examples/${lesson.slug}(/|$)`),
        `${route} is not named after ${lesson.slug}`,
      );
    }
  }
  for (const dir of ["app/examples", "app/api/examples"]) {
    for (const name of folders(dir)) {
      assert.ok(SLUGS.includes(name), `${dir}/${name} is no lesson's`);
    }
  }
});

test("each lesson has its spec, and every spec is a lesson's or the site's", () => {
  const specs = readdirSync(path.join(ROOT, "tests/e2e")).filter((name) =>
    name.endsWith(".spec.ts"),
  );
  for (const slug of SLUGS) {
    assert.ok(specs.includes(`${slug}.spec.ts`), `${slug}.spec.ts is missing`);
  }
  for (const spec of specs) {
    const slug = spec.replace(/(\.server)?\.spec\.ts$/, "");
    assert.ok(
      SLUGS.includes(slug) || SITE_SPECS.includes(spec),
      `${spec} is neither a lesson's spec nor listed as the site's`,
    );
  }
  for (const spec of SITE_SPECS) {
    assert.ok(specs.includes(spec), `${spec} is listed but missing`);
  }
});

test("each page shows exactly its record's signed-out requests and sandbox", () => {
  const pages = readdirSync(path.join(ROOT, "content")).filter((name) =>
    name.endsWith(".mdx"),
  );
  for (const page of pages) {
    const slug = page.replace(/\.mdx$/, "");
    const lesson = LESSONS.find((candidate) => candidate.slug === slug);
    const source = read(`content/${page}`);

    const ids = lesson ? Object.keys(lesson.signedOut) : [];
    assert.deepEqual(
      attributeValues(source, "SignedOutView", "example").sort(),
      [...ids].sort(),
      `${page}: <SignedOutView> ids`,
    );
    for (const id of ids) {
      assert.ok(id === slug || id.startsWith(`${slug}-`), `${id} in ${slug}`);
    }

    const sandbox: string | undefined =
      lesson && "sandbox" in lesson ? lesson.sandbox : undefined;
    assert.deepEqual(
      attributeValues(source, "Sandbox", "file"),
      sandbox ? [sandbox] : [],
      `${page}: <Sandbox>`,
    );
  }
  for (const file of Object.keys(SANDBOXES)) {
    assert.ok(existsSync(path.join(ROOT, "examples/sandboxes", file)), file);
  }
});
