import { CountSessionReads } from "@/components/session-read-count/count-session-reads";
import { getUser as getUserCached } from "@/lib/session";
import { getUser as getUserWithoutCache } from "@/examples/cached-helper/trap/session";

export const metadata = { title: "Live example: session reads per caller" };

type Search = { callers?: string; cache?: string };

// /examples/cached-helper/callers?callers=8&cache=off renders that many server
// components, each asking for the user, so a reader (and `npm run bench`) can
// see how the read count grows with and without cache().
export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Search>;
}) {
  const { callers, cache } = await searchParams;
  const count = Math.min(Math.max(Number(callers) || 1, 1), 16);
  const cached = cache !== "off";
  const getUser = cached ? getUserCached : getUserWithoutCache;
  return (
    <CountSessionReads
      explanation={`${count} component(s) called ${cached ? "the cached" : "an uncached"} getUser(); the navbar read through the cached helper.`}
    >
      <main className="example-page">
        <h1>
          {count} caller(s), {cached ? "with" : "without"} cache()
        </h1>
        <ol>
          {Array.from({ length: count }, (_, index) => (
            <Caller key={index} getUser={getUser} />
          ))}
        </ol>
      </main>
    </CountSessionReads>
  );
}

async function Caller({ getUser }: { getUser: typeof getUserCached }) {
  const user = await getUser();
  return <li>{user ? `Signed in as ${user.name}` : "Signed out"}</li>;
}
