import { cacheLife } from "next/cache";
import { llmsTxt } from "@/lib/docs/llms-txt";
import { builtOrigin } from "@/lib/site-origin";

// The index of the docs for language models (https://llmstxt.org), written by `next build`.
async function cachedLlmsTxt(): Promise<string> {
  "use cache";
  cacheLife("max");
  return llmsTxt(builtOrigin());
}

export async function GET() {
  return new Response(await cachedLlmsTxt(), {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
