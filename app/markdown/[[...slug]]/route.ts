import { pageMarkdown } from "@/lib/docs/page-markdown";
import { findDocsPage, routeOfMarkdownSlug } from "@/lib/docs/pages";
import { siteOrigin } from "@/lib/site-origin";

// Each docs page as Markdown. next.config.ts rewrites /server-component.md and
// /index.md here; only routes listed by lib/docs/pages.ts are served.
export async function GET(_request: Request, { params }: { params: Promise<{ slug?: string[] }> }) {
  const route = routeOfMarkdownSlug((await params).slug);
  const page = await findDocsPage(route);
  if (!page) {
    return new Response("No docs page here. /llms.txt lists every page as Markdown.\n", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(await pageMarkdown(page.route, await siteOrigin()), {
    headers: { "content-type": "text/markdown; charset=utf-8" },
  });
}
