import { redirect } from "next/navigation";
import { getUser } from "@/lib/session";

// proxy.ts let this request through because it carried a session cookie. It
// did not check that cookie, so this page does: Better Auth verifies the
// signature and looks the session up. A made-up or revoked cookie ends here.
// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function ProxyProtectedPage() {
  const user = await getUser();
  if (!user) redirect("/login?next=/examples/proxy");

  return (
    <main className="example-page">
      <h1>Hello, {user.name}</h1>
      <p>Two checks ran for this request, one after the other.</p>
      <p data-testid="proxy-check">
        1. <code>proxy.ts</code> saw a session cookie and let the request
        through, without checking it.
      </p>
      <p data-testid="page-check">
        2. This page asked Better Auth, which confirmed the session of{" "}
        <strong>{user.email}</strong>.
      </p>
    </main>
  );
}
