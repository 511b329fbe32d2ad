// Docs pages under Cache Components: throughput beside a static file of the
// same server, the first page after a fresh start, the HTML a page weighs,
// and Lighthouse. Part of `npm run bench` (scripts/bench.ts).
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { LESSONS } from "../lib/course/lessons";
import { chromiumPath, launchOptions } from "./browser";
import { headersFor, type Client } from "./http-client";
import { startProductionServer, type RunningServer } from "./production-server";

const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 16);
// Written by `npm run build` (the search index): a file next start serves as it is.
const STATIC_FILE = "/_pagefind/pagefind.js";
const DOCS_PAGE = "/setup";

export type Throughput = { perSecond: number; p50: number; p99: number; errors: number };

async function throughput(url: string, headers: Record<string, string> = {}): Promise<Throughput> {
  const result = await autocannon({ url, connections: CONCURRENCY, duration: SECONDS, headers });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Requests per second of a docs page, signed out and signed in, beside a static file, in one run. */
export async function docsThroughput(server: RunningServer, client: Client) {
  const staticFile = await throughput(server.url + STATIC_FILE);
  const signedOut = await throughput(server.url + DOCS_PAGE);
  const signedIn = await throughput(server.url + DOCS_PAGE, headersFor(client, server.url));
  return {
    page: DOCS_PAGE,
    staticFile: { path: STATIC_FILE, ...staticFile },
    signedOut,
    signedIn,
    signedOutRatio: signedOut.perSecond / staticFile.perSecond,
    signedInRatio: signedIn.perSecond / staticFile.perSecond,
  };
}

async function timeToFirstByte(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  const reader = response.body!.getReader();
  await reader.read();
  const ms = performance.now() - started;
  await reader.cancel();
  return ms;
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
      return { firstMs: await timeToFirstByte(server.url + DOCS_PAGE), nextMs: await timeToFirstByte(`${server.url}/server-component`) };
    } finally {
      await server.stop();
    }
  };
  const atOnce = await measure(0);
  const after2s = await measure(2000);
  return { page: DOCS_PAGE, firstMs: atOnce.firstMs, firstMsAfter2s: after2s.firstMs, nextPage: "/server-component", nextMs: atOnce.nextMs };
}

/** What the HTML of a docs page is made of: the page, the data React needs to hydrate it, and Nextra's page map in that data. */
export async function htmlBytes(server: RunningServer) {
  const html = await (await fetch(server.url + DOCS_PAGE)).text();
  const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  const flight = scripts.filter((text) => text.includes("self.__next_f.push")).join("");
  const pageMap = /\\"pageMap\\":\[[\s\S]*?\],\\"navbar\\"/.exec(flight)?.[0] ?? "";
  return { page: DOCS_PAGE, total: html.length, flightData: flight.length, pageMapInFlightData: pageMap.length };
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** Lighthouse with its mobile defaults on / and every lesson page, signed out. */
export async function lighthouseScores(server: RunningServer) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...launchOptions().args],
  });
  try {
    const scores: Record<string, Record<(typeof CATEGORIES)[number], number> & { lcpMs: number; tbtMs: number; cls: number }> = {};
    for (const path of ["/", ...LESSONS.map((lesson) => `/${lesson.slug}`)]) {
      const result = await lighthouse(server.url + path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      const lhr = result!.lhr;
      scores[path] = {
        ...(Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id].score ?? 0])) as Record<(typeof CATEGORIES)[number], number>),
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
