import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { auth } from "@/lib/auth";

// With Cache Components, everything outside <Suspense> is prerendered once,
// for every visitor. The session belongs to one request, so it is read
// inside the boundary, which renders per request.
export default function DashboardPage() {
  return (
    <main className="example-page">
      <Suspense fallback={<p>Checking your session…</p>}>
        <Dashboard />
      </Suspense>
    </main>
  );
}

async function Dashboard() {
  // headers() hands the reader's cookie to Better Auth, which looks the
  // session up in the database. No cookie, or a revoked one: null.
  const session = await auth.api.getSession({ headers: await headers() });

  // redirect() throws, so nothing below renders for a visitor without a
  // session. ?next= brings the reader back here after signing in.
  if (!session) redirect("/login?next=/examples/server-component");

  return (
    <>
      <h1>Welcome, {session.user.name}</h1>
      <p>
        This page was rendered on the server for{" "}
        <strong>{session.user.email}</strong>. The browser received HTML with
        your name already in it, and no JavaScript was needed to check who you
        are.
      </p>
      <p>Your session expires at {session.session.expiresAt.toISOString()}.</p>
    </>
  );
}
