import type { Session } from "@/lib/auth";

// What the server rendered with: the page's own getSession() result.
export function ServerSession({ user }: { user: Session["user"] | null }) {
  return (
    <section aria-labelledby="server-heading">
      <h2 id="server-heading">Rendered on the server</h2>
      <p data-testid="server-session">
        {user ? (
          <>
            Signed in as <strong>{user.name}</strong>.
          </>
        ) : (
          "Signed out."
        )}
      </p>
    </section>
  );
}
