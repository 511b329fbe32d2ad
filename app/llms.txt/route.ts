import { llmsTxt } from "@/lib/docs/llms-txt";
import { siteOrigin } from "@/lib/site-origin";

// The index of the docs for language models: https://llmstxt.org
export async function GET() {
  return new Response(await llmsTxt(await siteOrigin()), {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
