import { redirect } from "next/navigation";
import { getUser } from "@/lib/session";
import { getWelcome } from "./welcome";

// `round` is one part of the cache key, picked by this site's route (see the
// lesson). Nothing in the key names the reader: that is the bug.
// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function TrapPage({ round }: { round: string }) {
  const user = await getUser();
  if (!user) redirect("/login?next=/examples/auth-and-caching/trap");

  const welcome = await getWelcome(user, round);

  return (
    <main className="example-page">
      <h1 data-testid="cached-welcome">{welcome.text}</h1>
      <p>
        That greeting came from a cache shared by every reader, stored at{" "}
        <time data-testid="welcome-cached-at">{welcome.cachedAt}</time>.
      </p>
      {/* Read at request time, outside the cache: always the right reader. */}
      <p data-testid="session-name">
        Your session says you are <strong>{user.name}</strong>.
      </p>
    </main>
  );
}
