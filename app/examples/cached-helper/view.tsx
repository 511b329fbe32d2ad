import ProfilePage from "@/examples/cached-helper/page";
import { CountSessionReads } from "@/components/session-read-count/count-session-reads";

export const metadata = { title: "Live example: cached session helper" };

export default function Page() {
  return (
    <CountSessionReads explanation="Five server components asked for the user: the four on this page and the navbar, all through the cached helper.">
      <ProfilePage />
    </CountSessionReads>
  );
}
