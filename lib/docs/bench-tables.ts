import results from "@/bench/results.json";

// The tables of <BenchFigures> (components/bench-figures/bench-figures.tsx) as
// Markdown, from the same bench/results.json, so the .md pages quote the same
// measurements as the HTML ones.

export type BenchTopic = "route-handler" | "cached-helper" | "cookie-cache" | "server-component";

const number = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits });

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

function routeHandler(): string {
  const { ceiling, protected: session, throughputRatio } = results.routeHandler;
  return table(
    ["Route", "Requests/s", "p50 ms", "p99 ms"],
    [
      ["`/api/health`, no session (ceiling)", number(ceiling.perSecond), number(ceiling.p50, 1), number(ceiling.p99, 1)],
      ["`/api/user`, session checked", number(session.perSecond), number(session.p50, 1), number(session.p99, 1)],
      ["Protected ÷ ceiling", `${number(throughputRatio * 100)}% of the throughput`, "", ""],
    ],
  );
}

function cachedHelper(): string {
  const { cookieCache } = results;
  return table(
    ["Components calling getUser()", "Reads with cache()", "Reads without cache()"],
    [
      ...results.cachedHelper.map((row) => [`${row.callers} + the navbar`, `${row.withCache}`, `${row.withoutCache}`]),
      [
        `8 + the navbar, cookie cache on (${cookieCache.maxAgeSeconds} s)`,
        `${cookieCache.readsPerRequestWith8Callers} reads; a revoked session kept passing for ${cookieCache.revokedSessionPassedForSeconds} s`,
        "",
      ],
    ],
  );
}

function cookieCache(): string {
  const { cachedHelper: rows, cookieCache: cache } = results;
  const eight = rows.find((row) => row.callers === 8);
  return table(
    ["Session cookie cache", "Database reads per request (8 callers + the navbar)", "A revoked session kept passing for"],
    [
      ["off, with cache()", `${eight?.withCache ?? ""}`, "not measured: every read asks the database"],
      [`on, maxAge ${cache.maxAgeSeconds} s`, `${cache.readsPerRequestWith8Callers}`, `${cache.revokedSessionPassedForSeconds} s`],
    ],
  );
}

function serverComponent(): string {
  const { serverComponent: server, clientCheck: client } = results.browser;
  const row = (label: string, figures: typeof server) => [
    label,
    `${number(figures.jsBytes / 1024)} KiB`,
    `${number(figures.nameVisibleMs ?? 0)} ms`,
    `${number(figures.lcpMs)} ms`,
  ];
  return table(
    ["Same page, checked…", "JavaScript shipped", "Name on screen after", "Largest paint after"],
    [row("on the server (this pattern)", server), row("in the browser (`useSession()`)", client)],
  );
}

const TABLES: Record<BenchTopic, () => string> = {
  "route-handler": routeHandler,
  "cached-helper": cachedHelper,
  "cookie-cache": cookieCache,
  "server-component": serverComponent,
};

export function isBenchTopic(topic: unknown): topic is BenchTopic {
  return typeof topic === "string" && Object.hasOwn(TABLES, topic);
}

/** The figures of one topic as a GFM table, then the same caption as the page. */
export function benchMarkdown(topic: BenchTopic): string {
  const { machine } = results;
  const caption =
    `Measured ${results.measuredAt.slice(0, 10)} with \`${results.command}\` on ${machine.cpus} × ${machine.cpuModel}, ` +
    `${machine.memoryGiB} GiB, Node ${machine.node}. Absolute times depend on the machine; compare the rows.`;
  return `${TABLES[topic]()}\n\n${caption}\n`;
}
