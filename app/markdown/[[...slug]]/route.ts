import { cacheLife } from "next/cache";
import { pageMarkdown } from "@/lib/docs/page-markdown";
import { docsPages, findDocsPage, routeOfMarkdownSlug } from "@/lib/docs/pages";
import { builtOrigin } from "@/lib/site-origin";

// Each docs page as Markdown, written by `next build`. next.config.ts rewrites
// /server-component.md and /index.md here; only routes listed by
// lib/docs/pages.ts are served.
export async function generateStaticParams() {
  return (await docsPages()).map((page) => ({
    slug: page.route === "/" ? [] : page.route.slice(1).split("/"),
  }));
}

async function markdownOf(route: string): Promise<string | null> {
  "use cache";
  cacheLife("max");
  const page = await findDocsPage(route);
  return page ? pageMarkdown(page.route, builtOrigin()) : null;
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug?: string[] }> },
) {
  const markdown = await markdownOf(routeOfMarkdownSlug((await params).slug));
  if (markdown === null) {
    return new Response(
      "No docs page here. /llms.txt lists every page as Markdown.\n",
      {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8" },
      },
    );
  }
  return new Response(markdown, {
    headers: { "content-type": "text/markdown; charset=utf-8" },
  });
}
