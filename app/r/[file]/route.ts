import { NextResponse } from "next/server";
import {
  buildItem,
  buildRegistry,
  REGISTRY_ITEM_NAMES,
} from "@/lib/registry/build";
import { siteOrigin } from "@/lib/site-origin";

// /r/registry.json and /r/<item>.json: the shadcn registry (lib/registry/).
// Built from the files on disk at each request, since an item's dependencies
// are absolute URLs on the origin the reader asked.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
) {
  const { file } = await params;
  const name = file.replace(/\.json$/, "");
  const origin = await siteOrigin();
  // The dependency URLs name the origin asked: a cache must ask again.
  const headers = { "Cache-Control": "no-cache" };
  if (file === "registry.json") {
    return NextResponse.json(buildRegistry(origin), { headers });
  }
  if (!file.endsWith(".json") || !REGISTRY_ITEM_NAMES.includes(name)) {
    return NextResponse.json(
      {
        error: `No registry item at /r/${file}. The items: ${REGISTRY_ITEM_NAMES.map((item) => `/r/${item}.json`).join(", ")}.`,
      },
      { status: 404 },
    );
  }
  return NextResponse.json(buildItem(name, origin), { headers });
}
