// The caching lesson's claims, checked against the installed Next.js without
// a build: the real unstable_cache runs inside a minimal request context with
// an in-memory cache in place of the server's. These are internal modules of
// next, so this test may need updating when next moves.
import assert from "node:assert/strict";
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import { test } from "node:test";

// Next's server sets this global before any of its modules load.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage =
  AsyncLocalStorage;
// Loaded with require, after that line: an import would load next first.
const require = createRequire(import.meta.url);
const { unstable_cache } = require("next/cache") as typeof import("next/cache");
const { cookies, headers } =
  require("next/headers") as typeof import("next/headers");
const {
  workAsyncStorage,
} = require("next/dist/server/app-render/work-async-storage.external.js");
const { getWelcome } =
  require("../../examples/auth-and-caching/trap/welcome.ts") as typeof import("../../examples/auth-and-caching/trap/welcome");

type Entry = { value: unknown };

/** Runs `render` as one request of a route, with a cache that outlives it, as the server's does. */
function requestOf(cache: Map<string, Entry>) {
  const incrementalCache = {
    generateSimpleCacheKey: async (key: string) => key,
    get: async (key: string) =>
      cache.has(key) ? { isStale: false, value: cache.get(key)!.value } : null,
    set: async (key: string, value: unknown) => void cache.set(key, { value }),
  };
  return async <T>(render: () => Promise<T>): Promise<T> => {
    const workStore: {
      route: string;
      incrementalCache: typeof incrementalCache;
      pendingRevalidates?: Record<string, Promise<unknown>>;
    } = {
      route: "/examples/auth-and-caching",
      incrementalCache,
    };
    const result = await workAsyncStorage.run(workStore, render);
    // The server waits for cache writes before the request ends.
    await Promise.all(Object.values(workStore.pendingRevalidates ?? {}));
    return result;
  };
}

test("headers() and cookies() inside unstable_cache throw, naming the route", async () => {
  const request = requestOf(new Map());
  await assert.rejects(
    request(() =>
      unstable_cache(
        async () => (await headers()).get("cookie"),
        ["session"],
      )(),
    ),
    {
      message:
        /^Route "\/examples\/auth-and-caching": `headers\(\)` can't be read inside `unstable_cache\(\)`\. Read it outside the cached function and pass what you need as an argument\./,
    },
  );
  await assert.rejects(
    request(() =>
      unstable_cache(
        async () => (await cookies()).get("better-auth.session_token"),
        ["session"],
      )(),
    ),
    { message: /`cookies\(\)` can't be read inside `unstable_cache\(\)`/ },
  );
});

test("the trap: the reader is not in the key, so the first reader's name goes to the next", async () => {
  const request = requestOf(new Map());
  const first = await request(() => getWelcome({ name: "Ada" }, "1"));
  const second = await request(() => getWelcome({ name: "Bob" }, "1"));
  assert.equal(first.text, "Welcome back, Ada!");
  assert.deepEqual(second, first);
  // Another round is another key, and still not a key per reader.
  assert.equal(
    (await request(() => getWelcome({ name: "Bob" }, "2"))).text,
    "Welcome back, Bob!",
  );
});

test("arguments are part of the key, unlike variables the function closes over", async () => {
  const request = requestOf(new Map());
  const greet = unstable_cache(
    async (name: string) => `Hello, ${name}`,
    ["greeting"],
  );
  assert.equal(await request(() => greet("Ada")), "Hello, Ada");
  assert.equal(await request(() => greet("Bob")), "Hello, Bob");
});
