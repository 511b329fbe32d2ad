// THE TRAP. Do not copy this into an app.
import { unstable_cache } from "next/cache";

// Looks per reader: the user is a parameter. But the cached function closes
// over `user`, and unstable_cache builds its key only from the function's
// source text, the key parts and the arguments it is called with, never from
// the variables it closes over. So the key is the same for every reader: the
// first reader's greeting is stored and served to everyone after them.
export function getWelcome(user: { name: string }, round: string) {
  const cached = unstable_cache(
    async () => ({
      text: `Welcome back, ${user.name}!`,
      cachedAt: new Date().toISOString(),
    }),
    ["welcome", round],
    // Short on this public site: it holds only a display name, for 5 seconds.
    { revalidate: 5 },
  );
  return cached();
}
