// npm run bench: what the patterns cost, measured side by side in one run on
// the production build. Prints a table and writes bench/results.json, which
// the guide's pages show. Absolute times depend on the machine; the ratios are
// the point.
import { cpus, totalmem } from "node:os";
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { launchOptions } from "./browser";
import { headersFor, signUpClient, type Client } from "./http-client";
import {
  docsThroughput,
  firstPageAfterStart,
  htmlBytes,
  lighthouseScores,
  writePageCopy,
} from "./docs-figures";
import { startProductionServer, type NextServer } from "./next-server";
import { summarize, table, type Summary } from "./stats";

const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 16);
const COOKIE_CACHE_SECONDS = 10;

async function hammer(
  url: string,
  init: RequestInit,
  expectStatus: number,
): Promise<Summary> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await fetch(url, init);
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        if (response.status !== expectStatus) errors++;
      }
    }),
  );
  return summarize(latencies, errors, SECONDS);
}

async function sessionReads(
  server: NextServer,
  client: Client,
  callers: number,
  cache: boolean,
): Promise<{ sessionReads: number; sessionQueries: number }> {
  const html = await (
    await fetch(
      `${server.url}/examples/cached-helper/callers?callers=${callers}&cache=${cache ? "on" : "off"}`,
      {
        headers: headersFor(client, server.url),
      },
    )
  ).text();
  const id = /requestId\\?":\\?"([0-9a-f-]{36})/.exec(html)?.[1];
  if (!id) throw new Error("The page did not render its request id");
  return (await fetch(`${server.url}/api/request-stats?id=${id}`)).json();
}

async function routeHandlerFigures(server: NextServer, client: Client) {
  const ceiling = await hammer(`${server.url}/api/health`, {}, 200);
  const protectedRoute = await hammer(
    `${server.url}/api/user`,
    { headers: headersFor(client, server.url) },
    200,
  );
  return {
    ceiling,
    protected: protectedRoute,
    throughputRatio: protectedRoute.perSecond / ceiling.perSecond,
    p99Ratio: protectedRoute.p99 / ceiling.p99,
  };
}

// The same page behind each of the proxy lesson's two checks: what the full
// check's session lookup in proxy.ts adds to a signed-in request.
async function proxyFigures(server: NextServer, client: Client) {
  const init = {
    headers: headersFor(client, server.url),
    redirect: "manual" as const,
  };
  const cookieCheck = await hammer(`${server.url}/examples/proxy`, init, 200);
  const fullCheck = await hammer(
    `${server.url}/examples/proxy/full-check`,
    init,
    200,
  );
  return {
    cookieCheck,
    fullCheck,
    throughputRatio: fullCheck.perSecond / cookieCheck.perSecond,
    p50AddedMs: fullCheck.p50 - cookieCheck.p50,
  };
}

async function cachedHelperFigures(server: NextServer, client: Client) {
  const rows = [];
  for (const callers of [1, 2, 4, 8]) {
    const [withCache, withoutCache] = [
      await sessionReads(server, client, callers, true),
      await sessionReads(server, client, callers, false),
    ];
    rows.push({
      callers,
      withCache: withCache.sessionReads,
      withoutCache: withoutCache.sessionReads,
      queriesWithCache: withCache.sessionQueries,
      queriesWithoutCache: withoutCache.sessionQueries,
    });
  }
  return rows;
}

/** With the cookie cache on: reads per request, and how long a revoked session keeps passing. */
async function cookieCacheFigures() {
  const server = await startProductionServer({
    BETTER_AUTH_COOKIE_CACHE_SECONDS: String(COOKIE_CACHE_SECONDS),
  });
  try {
    const client = await signUpClient(server.url, 0);
    // The sign-up answer set two cookies: the session token and the cached session.
    const readsWithCookieCache = (await sessionReads(server, client, 8, true))
      .sessionReads;
    const signOut = await fetch(`${server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: {
        ...headersFor(client, server.url),
        "content-type": "application/json",
      },
      body: "{}",
    });
    if (signOut.status !== 200) {
      throw new Error(`sign-out answered ${signOut.status}`);
    }
    const revokedAt = performance.now();
    let stillPassing = 0;
    while (
      (
        await fetch(`${server.url}/api/user`, {
          headers: headersFor(client, server.url),
        })
      ).status === 200
    ) {
      stillPassing = (performance.now() - revokedAt) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (stillPassing > COOKIE_CACHE_SECONDS * 3) break;
    }
    return {
      maxAgeSeconds: COOKIE_CACHE_SECONDS,
      readsPerRequestWith8Callers: readsWithCookieCache,
      revokedSessionPassedForSeconds: Number(stillPassing.toFixed(1)),
    };
  } finally {
    await server.stop();
  }
}

/** In Chromium: JavaScript bytes, time until the name shows, LCP and TBT. */
async function browserFigures(server: NextServer, client: Client) {
  const browser = await chromium.launch(launchOptions());
  const measure = async (path: string, waitForText?: string) => {
    const context = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": client.ip },
    });
    await context.addCookies(
      client.cookie.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name, value: value.join("="), url: server.url };
      }),
    );
    const page = await context.newPage();
    await page.addInitScript(() => {
      const win = window as unknown as { __lcp: number; __tbt: number };
      win.__lcp = 0;
      win.__tbt = 0;
      new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => (win.__lcp = entry.startTime)),
      ).observe({ type: "largest-contentful-paint", buffered: true });
      new PerformanceObserver((list) =>
        list
          .getEntries()
          .forEach((entry) => (win.__tbt += Math.max(0, entry.duration - 50))),
      ).observe({ type: "longtask", buffered: true });
    });
    await page.goto(server.url + path, { waitUntil: "load" });
    let nameVisibleMs: number | null = null;
    if (waitForText) {
      await page.getByText(waitForText).first().waitFor();
      nameVisibleMs = await page.evaluate(() => performance.now());
    }
    // Let late scripts, LCP and long tasks settle. Not networkidle: the auth
    // client keeps a connection open on the client-checked page.
    await page.waitForTimeout(1500);
    const figures = await page.evaluate(() => {
      const scripts = performance
        .getEntriesByType("resource")
        .filter(
          (entry) =>
            (entry as PerformanceResourceTiming).initiatorType === "script",
        );
      const win = window as unknown as { __lcp: number; __tbt: number };
      return {
        jsBytes: scripts.reduce(
          (sum, entry) =>
            sum + (entry as PerformanceResourceTiming).encodedBodySize,
          0,
        ),
        lcpMs: win.__lcp,
        tbtMs: win.__tbt,
      };
    });
    await context.close();
    return { ...figures, nameVisibleMs };
  };
  const median = async (path: string, waitForText?: string) => {
    const runs: Awaited<ReturnType<typeof measure>>[] = [];
    for (let run = 0; run < 5; run++) {
      runs.push(await measure(path, waitForText));
    }
    const mid = (key: "jsBytes" | "nameVisibleMs" | "lcpMs" | "tbtMs") =>
      runs.map((r) => r[key] ?? 0).sort((a, b) => a - b)[2];
    return {
      jsBytes: mid("jsBytes"),
      nameVisibleMs: waitForText ? mid("nameVisibleMs") : null,
      lcpMs: mid("lcpMs"),
      tbtMs: mid("tbtMs"),
    };
  };
  // Sandpack loads only when a sandbox comes near the screen: the JavaScript
  // the page loads before and after scrolling to it, from this site only.
  const sandboxCode = async () => {
    const context = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": client.ip },
    });
    const page = await context.newPage();
    const siteScriptBytes = () =>
      page.evaluate((origin) => {
        const scripts = performance.getEntriesByType(
          "resource",
        ) as PerformanceResourceTiming[];
        return scripts
          .filter(
            (entry) =>
              entry.initiatorType === "script" && entry.name.startsWith(origin),
          )
          .reduce((sum, entry) => sum + entry.encodedBodySize, 0);
      }, server.url);
    await page.goto(`${server.url}/route-handler`, { waitUntil: "load" });
    await page.waitForTimeout(1500);
    const beforeScroll = await siteScriptBytes();
    await page.getByTestId("sandbox-placeholder").scrollIntoViewIfNeeded();
    await page.getByTestId("sandbox").waitFor();
    await page.waitForTimeout(1500);
    const afterScroll = await siteScriptBytes();
    await context.close();
    return {
      page: "/route-handler",
      jsBytesBeforeScroll: beforeScroll,
      jsBytesAfterScroll: afterScroll,
    };
  };
  try {
    const sandbox = await sandboxCode();
    const serverComponent = await median(
      "/examples/server-component",
      "Welcome,",
    );
    const clientCheck = await median(
      "/examples/server-component/alternative",
      "Welcome,",
    );
    const pages: Record<string, Awaited<ReturnType<typeof median>>> = {};
    for (const path of [
      "/",
      "/setup",
      "/server-component",
      "/cached-helper",
      "/server-action",
      "/route-handler",
    ]) {
      pages[path] = await median(path);
    }
    return { serverComponent, clientCheck, pages, sandbox };
  } finally {
    await browser.close();
  }
}

async function main() {
  const removePageCopy = await writePageCopy();
  const server = await startProductionServer();
  let results;
  try {
    const client = await signUpClient(server.url, 0);
    console.log(
      `Measuring on ${server.url} (${SECONDS} s per route, ${CONCURRENCY} at once)…`,
    );
    const routeHandler = await routeHandlerFigures(server, client);
    const proxy = await proxyFigures(server, client);
    const docs = await docsThroughput(server, client);
    const html = await htmlBytes(server);
    const cachedHelper = await cachedHelperFigures(server, client);
    const browser = await browserFigures(server, client);
    const lighthouse = await lighthouseScores(server);
    results = {
      routeHandler,
      proxy,
      docs,
      html,
      cachedHelper,
      browser,
      lighthouse,
    };
  } finally {
    await server.stop();
    removePageCopy();
  }
  const cookieCache = await cookieCacheFigures();
  const firstPage = await firstPageAfterStart();

  const output = {
    measuredAt: new Date().toISOString(),
    command: "npm run bench",
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    ...results,
    cookieCache,
    firstPage,
  };
  writeFileSync("bench/results.json", `${JSON.stringify(output, null, 2)}\n`);
  print(output);
}

type Results = {
  routeHandler: Awaited<ReturnType<typeof routeHandlerFigures>>;
  proxy: Awaited<ReturnType<typeof proxyFigures>>;
  docs: Awaited<ReturnType<typeof docsThroughput>>;
  html: Awaited<ReturnType<typeof htmlBytes>>;
  cachedHelper: Awaited<ReturnType<typeof cachedHelperFigures>>;
  cookieCache: Awaited<ReturnType<typeof cookieCacheFigures>>;
  browser: Awaited<ReturnType<typeof browserFigures>>;
  lighthouse: Awaited<ReturnType<typeof lighthouseScores>>;
  firstPage: Awaited<ReturnType<typeof firstPageAfterStart>>;
  machine: object;
};

function print(results: Results) {
  const {
    routeHandler,
    proxy,
    cachedHelper,
    cookieCache,
    browser,
    docs,
    html,
    lighthouse,
    firstPage,
  } = results;
  console.log(`\nMachine: ${JSON.stringify(results.machine)}\n`);
  console.log(
    `Docs page ${docs.page} beside a static file (${docs.staticFile.path}) of the same server`,
  );
  const row = (
    request: string,
    figures: { perSecond: number; p50: number; p99: number; errors: number },
  ) => ({
    request,
    "req/s": figures.perSecond,
    "share of the static file": `${((figures.perSecond / docs.staticFile.perSecond) * 100).toFixed(1)}%`,
    "p50 ms": figures.p50,
    "p99 ms": figures.p99,
    errors: figures.errors,
  });
  console.log(
    table([
      row(`${docs.staticFile.path} (static file)`, docs.staticFile),
      row(
        `${docs.pageAsFile.path} (${docs.page}'s HTML as a static file)`,
        docs.pageAsFile,
      ),
      row(
        `${docs.prerenderedRoute.path} (prerendered route)`,
        docs.prerenderedRoute,
      ),
      row(
        `${docs.signedInRoute.path}, signed in (session read, JSON)`,
        docs.signedInRoute,
      ),
      row(`${docs.page}, signed out`, docs.signedOut),
      row(`${docs.page}, signed in`, docs.signedIn),
    ]),
  );
  console.log(
    `first docs page after a fresh next start: first byte after ${firstPage.firstMs.toFixed(0)} ms, last after ${firstPage.firstLastByteMs.toFixed(0)} ms (${firstPage.page}, asked for as the port opens); first byte after ${firstPage.firstMsAfter2s.toFixed(0)} ms asked for 2 s later; the next page ${firstPage.nextMs.toFixed(0)} ms`,
  );
  console.log(
    `HTML of ${html.page}: ${kib(html.total)} KiB, of which ${kib(html.flightData)} KiB is React's data for the page (Nextra's page map ${kib(html.pageMapInFlightData)} KiB of it)\n`,
  );
  console.log("Lighthouse, mobile defaults, signed out");
  console.log(
    table(
      Object.entries(lighthouse).map(([page, score]) => ({
        page,
        performance: score.performance,
        accessibility: score.accessibility,
        "best practices": score["best-practices"],
        seo: score.seo,
        "LCP ms": score.lcpMs,
        "TBT ms": score.tbtMs,
        CLS: score.cls,
      })),
    ),
  );
  console.log(
    "Route handler: authenticated GET /api/user beside the unprotected /api/health",
  );
  console.log(
    table([
      {
        route: "/api/health (ceiling)",
        "req/s": routeHandler.ceiling.perSecond,
        "p50 ms": routeHandler.ceiling.p50,
        "p99 ms": routeHandler.ceiling.p99,
        errors: routeHandler.ceiling.errors,
      },
      {
        route: "/api/user (session)",
        "req/s": routeHandler.protected.perSecond,
        "p50 ms": routeHandler.protected.p50,
        "p99 ms": routeHandler.protected.p99,
        errors: routeHandler.protected.errors,
      },
    ]),
  );
  console.log(
    `ratio: ${(routeHandler.throughputRatio * 100).toFixed(0)}% of the ceiling's throughput, p99 ×${routeHandler.p99Ratio.toFixed(2)}\n`,
  );
  console.log(
    "proxy.ts: the same signed-in page behind the cookie check and behind the full session check",
  );
  console.log(
    table([
      {
        route: "/examples/proxy (cookie check)",
        "req/s": proxy.cookieCheck.perSecond,
        "p50 ms": proxy.cookieCheck.p50,
        "p99 ms": proxy.cookieCheck.p99,
        errors: proxy.cookieCheck.errors,
      },
      {
        route: "/examples/proxy/full-check",
        "req/s": proxy.fullCheck.perSecond,
        "p50 ms": proxy.fullCheck.p50,
        "p99 ms": proxy.fullCheck.p99,
        errors: proxy.fullCheck.errors,
      },
    ]),
  );
  console.log(
    `ratio: the full check serves ${(proxy.throughputRatio * 100).toFixed(0)}% of the cookie check's throughput, +${proxy.p50AddedMs.toFixed(1)} ms at p50\n`,
  );
  console.log(
    "Session reads from the database per request (the navbar is one more caller)",
  );
  console.log(
    table(
      cachedHelper.map((row) => ({
        "page callers": row.callers,
        "with cache()": row.withCache,
        "without cache()": row.withoutCache,
        "SQL queries with": row.queriesWithCache,
        "SQL queries without": row.queriesWithoutCache,
      })),
    ),
  );
  console.log(
    `with the cookie cache on (${cookieCache.maxAgeSeconds} s): ${cookieCache.readsPerRequestWith8Callers} reads for 8 callers; a revoked session kept passing for ${cookieCache.revokedSessionPassedForSeconds} s\n`,
  );
  console.log(
    "Server Component versus a client-side check of the same page, in Chromium (median of 5)",
  );
  console.log(
    table([
      {
        page: "Server Component",
        "JS bytes": browser.serverComponent.jsBytes,
        "name visible ms": browser.serverComponent.nameVisibleMs ?? 0,
        "LCP ms": browser.serverComponent.lcpMs,
        "TBT ms": browser.serverComponent.tbtMs,
      },
      {
        page: "client useSession()",
        "JS bytes": browser.clientCheck.jsBytes,
        "name visible ms": browser.clientCheck.nameVisibleMs ?? 0,
        "LCP ms": browser.clientCheck.lcpMs,
        "TBT ms": browser.clientCheck.tbtMs,
      },
    ]),
  );
  console.log(
    `ratio: the client check ships ×${(browser.clientCheck.jsBytes / browser.serverComponent.jsBytes).toFixed(2)} the JavaScript and shows the name ×${(browser.clientCheck.nameVisibleMs! / browser.serverComponent.nameVisibleMs!).toFixed(2)} later\n`,
  );
  console.log("Docs pages (median of 5)");
  console.log(
    table(
      Object.entries(browser.pages).map(([page, figures]) => ({
        page,
        "JS bytes": figures.jsBytes,
        "LCP ms": figures.lcpMs,
        "TBT ms": figures.tbtMs,
      })),
    ),
  );
  const { sandbox } = browser;
  console.log(
    `\nSandbox on ${sandbox.page}: ${kib(sandbox.jsBytesBeforeScroll)} KiB of JavaScript before scrolling to it, ${kib(sandbox.jsBytesAfterScroll)} KiB after`,
  );
  console.log(
    `ratio: Sandpack adds ×${(sandbox.jsBytesAfterScroll / sandbox.jsBytesBeforeScroll).toFixed(2)} the page's JavaScript, and only once the sandbox comes into view`,
  );
  console.log("\nWrote bench/results.json");
}

function kib(bytes: number): string {
  return (bytes / 1024).toFixed(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
