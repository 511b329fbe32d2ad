import ProfilePageWithoutCache from "@/examples/cached-helper/without-cache/page";
import { SessionReadCount } from "@/components/session-read-count/session-read-count";
import { publishRequestStats, requestStats } from "@/lib/query-stats";

export const metadata = { title: "Live example: the same page without cache()" };

export default function Page() {
  const stats = requestStats();
  publishRequestStats(stats);
  return (
    <>
      <ProfilePageWithoutCache />
      <SessionReadCount
        requestId={stats.id}
        explanation="The four components on this page each read the session themselves; the navbar, which uses the cached helper, read it once more."
      />
    </>
  );
}
