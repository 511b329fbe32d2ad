import { readdirSync } from "node:fs";
import path from "node:path";

/** Every page of content/, as the route that serves it. */
export function docsRoutes(dir = "content", prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      return docsRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    }
    if (!entry.name.endsWith(".mdx")) return [];
    const name = entry.name.replace(/\.mdx$/, "");
    return [name === "index" ? prefix || "/" : `${prefix}/${name}`];
  });
}

/** Every live example page under app/examples, except dynamic ones ([id]): they need a real id, so their specs visit them. */
export function exampleRoutes(
  dir = "app/examples",
  prefix = "/examples",
): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory() && entry.name.startsWith("[")) return [];
    if (entry.isDirectory()) {
      return exampleRoutes(
        path.join(dir, entry.name),
        `${prefix}/${entry.name}`,
      );
    }
    // page.ts: the example routes re-export their page (lib/docs/app-routes.ts says why).
    return ["page.ts", "page.tsx"].includes(entry.name) ? [prefix] : [];
  });
}
