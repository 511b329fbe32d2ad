import ProfilePageWithoutCache from "@/examples/cached-helper/trap/page";
import { CountSessionReads } from "@/components/session-read-count/count-session-reads";

export const metadata = {
  title: "Live example: the same page without cache()",
};

export default function Page() {
  return (
    <CountSessionReads explanation="The four components on this page each read the session themselves; the navbar, which uses the cached helper, read it once more.">
      <ProfilePageWithoutCache />
    </CountSessionReads>
  );
}
