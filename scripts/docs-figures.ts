// Docs pages under Cache Components: throughput beside a static file of the
// same server, the first page after a fresh start, the HTML a page weighs,
// and Lighthouse. Part of `npm run bench` (scripts/bench.ts).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { LESSONS } from "../lib/course/lessons";
import { chromiumPath, launchOptions } from "./browser";
import { headersFor, type Client } from "./http-client";
import { startProductionServer, type NextServer } from "./next-server";

const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 16);
// Written by `npm run build` (the search index): a file next start serves as it is.
const STATIC_FILE = "/_pagefind/pagefind.js";
const DOCS_PAGE = "/setup";
// The docs page's own HTML, written into public/ before the measured server
// starts (next start lists public/ once, at start): the same bytes, served as a file.
const PAGE_COPY_DIR = "public/_bench";
const PAGE_COPY = "/_bench/setup.html";
// The cheapest answers Next.js gives: a prerendered route, and a signed-in one
// (a session read and 150 bytes of JSON). No page can beat them.
const PRERENDERED_ROUTE = "/llms.txt";
const SIGNED_IN_ROUTE = "/api/user";

type Throughput = {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
};

async function throughput(
  url: string,
  headers: Record<string, string> = {},
): Promise<Throughput> {
  const result = await autocannon({
    url,
    connections: CONCURRENCY,
    duration: SECONDS,
    headers,
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Writes the docs page's HTML, as a signed-out visitor gets it, into public/
 * (from a server of its own), for docsThroughput() to serve as a file. Returns
 * the clean-up.
 */
export async function writePageCopy(): Promise<() => void> {
  const server = await startProductionServer({}, STATIC_FILE);
  try {
    const html = await (
      await fetch(server.url + DOCS_PAGE, {
        headers: { "accept-encoding": "identity" },
      })
    ).text();
    mkdirSync(PAGE_COPY_DIR, { recursive: true });
    writeFileSync(`public${PAGE_COPY}`, html);
  } finally {
    await server.stop();
  }
  return () => rmSync(PAGE_COPY_DIR, { recursive: true, force: true });
}

/**
 * Requests per second of a docs page, signed out and signed in, beside a
 * static file, in one run; and beside what bounds them: the page's own bytes
 * as a file, the cheapest prerendered route and the cheapest signed-in one.
 */
export async function docsThroughput(server: NextServer, client: Client) {
  const signedInHeaders = headersFor(client, server.url);
  const staticFile = await throughput(server.url + STATIC_FILE);
  const pageAsFile = await throughput(server.url + PAGE_COPY);
  const prerenderedRoute = await throughput(server.url + PRERENDERED_ROUTE);
  const signedInRoute = await throughput(
    server.url + SIGNED_IN_ROUTE,
    signedInHeaders,
  );
  const signedOut = await throughput(server.url + DOCS_PAGE);
  const signedIn = await throughput(server.url + DOCS_PAGE, signedInHeaders);
  const share = (figures: Throughput) =>
    figures.perSecond / staticFile.perSecond;
  return {
    page: DOCS_PAGE,
    staticFile: { path: STATIC_FILE, ...staticFile },
    pageAsFile: { path: PAGE_COPY, ...pageAsFile, ratio: share(pageAsFile) },
    prerenderedRoute: {
      path: PRERENDERED_ROUTE,
      ...prerenderedRoute,
      ratio: share(prerenderedRoute),
    },
    signedInRoute: {
      path: SIGNED_IN_ROUTE,
      ...signedInRoute,
      ratio: share(signedInRoute),
    },
    signedOut,
    signedIn,
    signedOutRatio: share(signedOut),
    signedInRatio: share(signedIn),
  };
}

/**
 * Time to the first byte on the wire, and to the last, of a GET asked for as a
 * browser does (gzip accepted). Read with node:http, not fetch(): fetch
 * decompresses first and hands out its first chunk only once the decoder has
 * output, which added 150-550 ms to what it reported (measured 2026-12-03).
 */
function timeToFirstByte(
  url: string,
): Promise<{ firstMs: number; lastMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstMs = 0;
    request(
      url,
      { headers: { "accept-encoding": "gzip, deflate, br" } },
      (response) => {
        response.on("data", () => (firstMs ||= performance.now() - started));
        response.on("end", () =>
          resolve({ firstMs, lastMs: performance.now() - started }),
        );
        response.on("error", reject);
      },
    )
      .on("error", reject)
      .end();
  });
}

/**
 * Time to the first byte of the first docs page a fresh `next start` serves:
 * asked for the moment the server answers at all (a static file), and, on
 * another fresh start, 2 s later, once Next.js has loaded its routes in the
 * background. Then of the next page.
 */
export async function firstPageAfterStart() {
  const measure = async (delayMs: number) => {
    const server = await startProductionServer({}, STATIC_FILE);
    try {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return {
        first: await timeToFirstByte(server.url + DOCS_PAGE),
        next: await timeToFirstByte(`${server.url}/server-component`),
      };
    } finally {
      await server.stop();
    }
  };
  const atOnce = await measure(0);
  const after2s = await measure(2000);
  return {
    page: DOCS_PAGE,
    firstMs: atOnce.first.firstMs,
    firstLastByteMs: atOnce.first.lastMs,
    firstMsAfter2s: after2s.first.firstMs,
    nextPage: "/server-component",
    nextMs: atOnce.next.firstMs,
  };
}

/** What the HTML of a docs page is made of: the page, the data React needs to hydrate it, and Nextra's page map in that data. */
export async function htmlBytes(server: NextServer) {
  const html = await (await fetch(server.url + DOCS_PAGE)).text();
  const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1],
  );
  const flight = scripts
    .filter((text) => text.includes("self.__next_f.push"))
    .join("");
  const pageMap =
    /\\"pageMap\\":\[[\s\S]*?\],\\"navbar\\"/.exec(flight)?.[0] ?? "";
  return {
    page: DOCS_PAGE,
    total: html.length,
    flightData: flight.length,
    pageMapInFlightData: pageMap.length,
  };
}

const CATEGORIES = [
  "performance",
  "accessibility",
  "best-practices",
  "seo",
] as const;

/** Lighthouse with its mobile defaults on / and every lesson page, signed out. */
export async function lighthouseScores(server: NextServer) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...launchOptions().args],
  });
  try {
    const scores: Record<
      string,
      Record<(typeof CATEGORIES)[number], number> & {
        lcpMs: number;
        tbtMs: number;
        cls: number;
      }
    > = {};
    for (const path of ["/", ...LESSONS.map((lesson) => `/${lesson.slug}`)]) {
      const result = await lighthouse(server.url + path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result!.lhr;
      scores[path] = {
        ...(Object.fromEntries(
          CATEGORIES.map((id) => [id, lhr.categories[id].score ?? 0]),
        ) as Record<(typeof CATEGORIES)[number], number>),
        lcpMs: lhr.audits["largest-contentful-paint"].numericValue ?? 0,
        tbtMs: lhr.audits["total-blocking-time"].numericValue ?? 0,
        cls: lhr.audits["cumulative-layout-shift"].numericValue ?? 0,
      };
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
