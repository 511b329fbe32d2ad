import { redirect } from "next/navigation";
import { getUser } from "@/lib/session";

// proxy.ts already looked this session up, but what it found does not reach
// the page: the page asks again. That second check is the one that protects
// the data; the proxy's only spares signed-out visitors the page.
export const instant = false;

export default async function ProxyFullCheckPage() {
  const user = await getUser();
  if (!user) redirect("/login?next=/examples/proxy/full-check");

  return (
    <main className="example-page">
      <h1>Hello, {user.name}</h1>
      <p>Two full checks ran for this request, one after the other.</p>
      <p data-testid="proxy-check">
        1. <code>proxy.ts</code> asked Better Auth, which found your session in
        the database.
      </p>
      <p data-testid="page-check">
        2. This page asked again, and Better Auth confirmed the session of{" "}
        <strong>{user.email}</strong>.
      </p>
    </main>
  );
}
