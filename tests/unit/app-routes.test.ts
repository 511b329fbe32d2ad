// The app/ routes Nextra no longer imports come back into the page map as
// plain entries: hidden, and the live examples with their theme.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { PageMapItem } from "nextra";
import { withAppRoutes } from "../../lib/docs/app-routes";

const DOCS: PageMapItem[] = [
  { data: { setup: { title: "Setup" } } },
  { name: "setup", route: "/setup", frontMatter: {} },
] as PageMapItem[];

test("every static route of app/ is in the page map, the examples under one hidden folder with their theme", () => {
  const [meta, ...items] = withAppRoutes(DOCS) as [
    { data: Record<string, unknown> },
    ...{ name: string; route: string; children?: { route: string }[] }[],
  ];
  assert.deepEqual(meta.data.setup, { title: "Setup" });
  assert.deepEqual(meta.data.examples, {
    type: "page",
    display: "hidden",
    theme: { sidebar: false, toc: false, breadcrumb: false, pagination: false },
  });
  for (const name of ["login", "signup", "progress", "teams"]) {
    assert.equal(
      items.find((item) => item.name === name)?.route,
      `/${name}`,
      name,
    );
    assert.deepEqual(meta.data[name], { display: "hidden" }, name);
  }
  const examples = items.find((item) => item.name === "examples");
  const routes = (examples?.children ?? []).map((child) => child.route);
  assert.ok(
    routes.includes("/examples/proxy") &&
      routes.includes("/examples/server-component"),
    routes.join(", "),
  );
  // The docs page it was given is untouched.
  assert.deepEqual(items[0], DOCS[1]);
});
