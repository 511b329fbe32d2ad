import { redirect } from "next/navigation";
import { getUser } from "@/lib/session";

// Cache Components: this page reads the session at its top.
export const instant = false;

export default async function CookieCacheCheckPage() {
  const user = await getUser();
  if (!user) redirect("/login?next=/examples/proxy-mistakes/cookie-cache");
  return (
    <main className="example-page">
      <h1>Hello, {user.name}</h1>
      <p>
        The proxy found a signed copy of your session in the cookie cache, and
        this page asked Better Auth too.
      </p>
    </main>
  );
}
