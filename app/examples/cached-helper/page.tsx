import ProfilePage from "@/examples/cached-helper/page";
import { SessionReadCount } from "@/components/session-read-count/session-read-count";
import { publishRequestStats, requestStats } from "@/lib/query-stats";

export const metadata = { title: "Live example: cached session helper" };

export default function Page() {
  const stats = requestStats();
  publishRequestStats(stats);
  return (
    <>
      <ProfilePage />
      <SessionReadCount
        requestId={stats.id}
        explanation="Five server components asked for the user: the four on this page and the navbar, all through the cached helper."
      />
    </>
  );
}
