import { readdirSync } from "node:fs";
import path from "node:path";
import type { PageMapItem } from "nextra";

// Nextra's page map lists app/ routes by importing each page.tsx for its
// metadata, which put every route's code, and Better Auth's client with it,
// into the layout of every docs page. This site's routes are page.ts files,
// which Nextra's scan skips (it looks for page.{js,jsx,tsx,md,mdx}), and are
// added back here as plain entries, so content/_meta.ts can still hide them
// and give the live examples their theme (no sidebar, no table of contents).

const APP_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "app");

/** "/login", "/examples/proxy", …: every static route of app/ with a page.ts. */
function appRoutes(dir = APP_DIR, route = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "page.ts" ? [route || "/"] : [];
    // Dynamic segments and private folders are not pages of the map.
    if (!entry.isDirectory() || /^[[_(]/.test(entry.name)) return [];
    return appRoutes(path.join(dir, entry.name), `${route}/${entry.name}`);
  });
}

type Folder = { name: string; route: string; children: PageMapItem[] };

function insert(items: PageMapItem[], segments: string[], depth = 0): void {
  const name = segments[depth];
  const itemRoute = `/${segments.slice(0, depth + 1).join("/")}`;
  const isLeaf = depth === segments.length - 1;
  let item = items.find((entry) => "name" in entry && entry.name === name) as
    (PageMapItem & Partial<Folder>) | undefined;
  if (!item) {
    item = (
      isLeaf
        ? { name, route: itemRoute, frontMatter: {} }
        : { name, route: itemRoute, children: [] }
    ) as PageMapItem;
    items.push(item);
  }
  if (isLeaf) return;
  if (!("children" in item) || !item.children) {
    Object.assign(item, { children: [] });
  }
  insert((item as Folder).children, segments, depth + 1);
}

// How the sidebar treats them: hidden, and the live examples as a "page"
// (kept out of the lessons' previous/next links) without the docs chrome.
const APP_ROUTE_META = {
  login: { display: "hidden" },
  signup: { display: "hidden" },
  progress: { display: "hidden" },
  teams: { display: "hidden" },
  examples: {
    type: "page",
    display: "hidden",
    theme: { sidebar: false, toc: false, breadcrumb: false, pagination: false },
  },
};

let routes: string[] | undefined;

/** The page map with this site's app/ routes added, as Nextra would have listed them. */
export function withAppRoutes(pageMap: PageMapItem[]): PageMapItem[] {
  routes ??= appRoutes();
  const items = structuredClone(pageMap.slice(1));
  for (const route of routes) insert(items, route.slice(1).split("/"));
  const [first] = pageMap;
  const data = first && "data" in first ? first.data : {};
  return [{ data: { ...data, ...APP_ROUTE_META } }, ...items] as PageMapItem[];
}
