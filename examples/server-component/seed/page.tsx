// THE SEED'S SNIPPET, as written, kept to compare. Without Cache Components
// it works. With `cacheComponents: true` it fails `next build`: the session
// is read at the top of the page, outside any <Suspense> (the lesson shows the
// error). This site has the flag on, so no route serves this file.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

export default async function DashboardPage() {
  // headers() hands the reader's cookie to Better Auth, which looks the
  // session up in the database. No cookie, or a revoked one: null.
  const session = await auth.api.getSession({ headers: await headers() });

  // redirect() throws, so nothing below renders for a visitor without a
  // session. ?next= brings the reader back here after signing in.
  if (!session) redirect("/login?next=/dashboard");

  return (
    <main className="example-page">
      <h1>Welcome, {session.user.name}</h1>
      <p>
        This page was rendered on the server for{" "}
        <strong>{session.user.email}</strong>. The browser received HTML with
        your name already in it, and no JavaScript was needed to check who you
        are.
      </p>
      <p>Your session expires at {session.session.expiresAt.toISOString()}.</p>
    </main>
  );
}
