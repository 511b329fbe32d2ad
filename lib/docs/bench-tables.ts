import results from "@/bench/results.json";
import scale from "@/bench/scale.json";

// The tables `npm run bench` measured (bench/results.json), as one model:
// <BenchFigures> renders it on the pages, benchMarkdown() in their Markdown.
// A cell may hold `inline code`, in backticks.

export type BenchTopic =
  | "route-handler"
  | "proxy"
  | "cached-helper"
  | "cookie-cache"
  | "server-component"
  | "docs-pages"
  | "scale";
type BenchTable = { header: string[]; rows: string[][] };

const number = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits });
const kib = (bytes: number) => `${number(bytes / 1024)} KiB`;
const percent = (ratio: number) => `${number(ratio * 100, 1)}%`;

function routeHandler(): BenchTable {
  const { ceiling, protected: session, throughputRatio } = results.routeHandler;
  return {
    header: ["Route", "Requests/s", "p50 ms", "p99 ms"],
    rows: [
      [
        "`/api/health`, no session (ceiling)",
        number(ceiling.perSecond),
        number(ceiling.p50, 1),
        number(ceiling.p99, 1),
      ],
      [
        "`/api/user`, session checked",
        number(session.perSecond),
        number(session.p50, 1),
        number(session.p99, 1),
      ],
      [
        "Protected ÷ ceiling",
        `${number(throughputRatio * 100)}% of the throughput`,
        "",
        "",
      ],
    ],
  };
}

function proxy(): BenchTable {
  const { cookieCheck, fullCheck, throughputRatio } = results.proxy;
  return {
    header: ["Signed-in request, same page", "Requests/s", "p50 ms", "p99 ms"],
    rows: [
      [
        "`/examples/proxy`, cookie check in the proxy",
        number(cookieCheck.perSecond),
        number(cookieCheck.p50, 1),
        number(cookieCheck.p99, 1),
      ],
      [
        "`/examples/proxy/full-check`, `getSession` in the proxy",
        number(fullCheck.perSecond),
        number(fullCheck.p50, 1),
        number(fullCheck.p99, 1),
      ],
      [
        "Full check ÷ cookie check",
        `${number(throughputRatio * 100)}% of the throughput`,
        "",
        "",
      ],
    ],
  };
}

function cachedHelper(): BenchTable {
  const { cookieCache } = results;
  return {
    header: [
      "Components calling getUser()",
      "Reads (SQL queries) with cache()",
      "Reads (SQL queries) without cache()",
    ],
    rows: [
      ...results.cachedHelper.map((row) => [
        `${row.callers} + the navbar`,
        `${row.withCache} (${row.queriesWithCache})`,
        `${row.withoutCache} (${row.queriesWithoutCache})`,
      ]),
      [
        `8 + the navbar, cookie cache on (${cookieCache.maxAgeSeconds} s)`,
        `${cookieCache.readsPerRequestWith8Callers} reads; a revoked session kept passing for ${cookieCache.revokedSessionPassedForSeconds} s`,
        "",
      ],
    ],
  };
}

function cookieCache(): BenchTable {
  const { cachedHelper: rows, cookieCache: cache } = results;
  const eight = rows.find((row) => row.callers === 8);
  return {
    header: [
      "Session cookie cache",
      "Database reads per request (8 callers + the navbar)",
      "A revoked session kept passing for",
    ],
    rows: [
      [
        "off, with cache()",
        `${eight?.withCache ?? ""}`,
        "not measured: every read asks the database",
      ],
      [
        `on, maxAge ${cache.maxAgeSeconds} s`,
        `${cache.readsPerRequestWith8Callers}`,
        `${cache.revokedSessionPassedForSeconds} s`,
      ],
    ],
  };
}

function serverComponent(): BenchTable {
  const { serverComponent: server, clientCheck: client } = results.browser;
  const row = (label: string, figures: typeof server) => [
    label,
    kib(figures.jsBytes),
    `${number(figures.nameVisibleMs ?? 0)} ms`,
    `${number(figures.lcpMs)} ms`,
  ];
  return {
    header: [
      "Same page, checked…",
      "JavaScript shipped",
      "Name on screen after",
      "Largest paint after",
    ],
    rows: [
      row("on the server (this pattern)", server),
      row("in the browser (`useSession()`)", client),
    ],
  };
}

function docsPages(): BenchTable {
  const { docs, firstPage, html, lighthouse } = results;
  const scores = Object.values(lighthouse);
  const lowest = (
    key: "performance" | "accessibility" | "best-practices" | "seo",
  ) => number(Math.min(...scores.map((score) => score[key])), 2);
  const rate = (figures: { perSecond: number }) =>
    `${number(figures.perSecond)} (${percent(figures.perSecond / docs.staticFile.perSecond)})`;
  return {
    header: ["Measured", "Figure"],
    rows: [
      [
        `\`${docs.staticFile.path}\`, a static file (requests/s)`,
        number(docs.staticFile.perSecond),
      ],
      [
        `\`${docs.page}\`'s own HTML, served as a static file (requests/s, share of the static file)`,
        rate(docs.pageAsFile),
      ],
      [
        `\`${docs.prerenderedRoute.path}\`, a prerendered route (requests/s, share)`,
        rate(docs.prerenderedRoute),
      ],
      [
        `\`${docs.signedInRoute.path}\` signed in, a session read and a little JSON (requests/s, share)`,
        rate(docs.signedInRoute),
      ],
      [`\`${docs.page}\` signed out (requests/s, share)`, rate(docs.signedOut)],
      [`\`${docs.page}\` signed in (requests/s, share)`, rate(docs.signedIn)],
      [
        `First docs page after a fresh \`next start\`: first byte, last byte; first byte when asked for 2 s later`,
        `${number(firstPage.firstMs)} ms, ${number(firstPage.firstLastByteMs)} ms; ${number(firstPage.firstMsAfter2s)} ms`,
      ],
      [
        `HTML of \`${html.page}\` (of it, React's data for the page)`,
        `${kib(html.total)} (${kib(html.flightData)})`,
      ],
      [
        `Lighthouse, mobile, lowest of \`/\` and the ${scores.length - 1} lessons: performance, accessibility, best practices, SEO`,
        `${lowest("performance")}, ${lowest("accessibility")}, ${lowest("best-practices")}, ${lowest("seo")}`,
      ],
    ],
  };
}

const TABLES: Record<BenchTopic, () => BenchTable> = {
  "route-handler": routeHandler,
  proxy,
  "cached-helper": cachedHelper,
  "cookie-cache": cookieCache,
  "server-component": serverComponent,
  "docs-pages": docsPages,
  scale: scaleTable,
};

// bench/scale.json, from npm run bench:scale: the same load on both setups.
const LOAD_OPERATIONS: Record<string, string> = {
  "sign-up": "Sign-up, 100 at once",
  "GET /api/user": "`GET /api/user`",
  "GET /examples/server-component": "`GET /examples/server-component`",
  "POST server action": "Server Action, `POST /examples/server-action`",
};

function scaleTable(): BenchTable {
  return {
    header: [
      "Operation",
      "SQLite, 1 instance: req/s",
      "p50 / p99 ms",
      "PostgreSQL, 2 instances behind nginx: req/s",
      "p50 / p99 ms",
    ],
    rows: scale.rows.map(({ operation, sqlite, postgresql }) => [
      LOAD_OPERATIONS[operation] ?? operation,
      number(sqlite.perSecond, 1),
      `${number(sqlite.p50)} / ${number(sqlite.p99)}`,
      number(postgresql.perSecond, 1),
      `${number(postgresql.p50)} / ${number(postgresql.p99)}`,
    ]),
  };
}

export function isBenchTopic(topic: unknown): topic is BenchTopic {
  return typeof topic === "string" && Object.hasOwn(TABLES, topic);
}

export function benchTable(topic: BenchTopic): BenchTable {
  return TABLES[topic]();
}

export function benchCaption(topic?: BenchTopic): string {
  const { machine, measuredAt, command } = topic === "scale" ? scale : results;
  return (
    `Measured ${measuredAt.slice(0, 10)} with \`${command}\` on ${machine.cpus} × ${machine.cpuModel}, ` +
    `${machine.memoryGiB} GiB, Node ${machine.node}. Absolute times depend on the machine; compare the rows.`
  );
}

/** The figures of one topic as a GFM table, then the same caption as the page. */
export function benchMarkdown(topic: BenchTopic): string {
  const { header, rows } = benchTable(topic);
  const line = (cells: string[]) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
  return `${[line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n")}\n\n${benchCaption(topic)}\n`;
}
