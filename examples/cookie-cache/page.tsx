import { headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  refreshCachedCopy,
  renameBehindBetterAuth,
  renameWithUpdateUser,
} from "./actions";
import { authWithCookieCache } from "./auth-with-cookie-cache";
import { readCachedCopy } from "./cached-copy";
import { RenameForm } from "./rename-form";

const time = (date: Date) => `${date.toISOString().slice(11, 19)} UTC`;
const secondsUntil = (date: Date) =>
  Math.max(0, Math.round((date.getTime() - Date.now()) / 1000));

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function CookieCachePage() {
  const requestHeaders = await headers();
  // What most pages see: the copy in the session_data cookie while it is
  // valid (no database read), else the database.
  const cached = await authWithCookieCache.api.getSession({
    headers: requestHeaders,
  });
  // Past the cache, always the database: for permissions and before writes.
  const current = await authWithCookieCache.api.getSession({
    headers: requestHeaders,
    query: { disableCookieCache: true },
  });
  if (!cached && !current) redirect("/login?next=/examples/cookie-cache");
  const copy = await readCachedCopy(requestHeaders);

  return (
    <main className="example-page">
      <h1>The session cookie cache</h1>
      <p data-testid="cached-name">
        <code>getSession()</code>, cache on:{" "}
        <strong>{cached ? cached.user.name : "no session"}</strong>
      </p>
      <p data-testid="database-name">
        <code>getSession()</code> with <code>disableCookieCache</code>:{" "}
        <strong>{current ? current.user.name : "no session"}</strong>
      </p>
      <p data-testid="cache-status">
        {copy
          ? `Your cookie holds a copy made at ${time(copy.madeAt)}. It passes until ${time(copy.expiresAt)}, ${secondsUntil(copy.expiresAt)} s after this page was rendered.`
          : "Your cookie holds no copy: every read goes to the database. A page cannot write one (a Server Component cannot set cookies); the button below can."}
      </p>
      {cached && !current ? (
        <p className="form-error" data-testid="revoked">
          The database has no session for your cookie, yet the cached copy still
          lets you in.
        </p>
      ) : null}

      <form action={refreshCachedCopy} className="example-form">
        <button type="submit">Copy the session into the cookie</button>
      </form>
      <RenameForm
        action={renameBehindBetterAuth}
        label="Rename with prisma.user.update"
        id="rename-prisma"
        currentName={current?.user.name ?? ""}
      />
      <RenameForm
        action={renameWithUpdateUser}
        label="Rename with auth.api.updateUser"
        id="rename-update-user"
        currentName={current?.user.name ?? ""}
      />
    </main>
  );
}
