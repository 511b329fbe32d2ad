import { redirect } from "next/navigation";
import { getUser } from "@/lib/session";

// Cache Components: this page reads the session at its top.
export const instant = false;

export default async function HardCodedNamePage() {
  const user = await getUser();
  if (!user) redirect("/login?next=/examples/proxy-mistakes/hard-coded-name");
  return (
    <main className="example-page">
      <h1>Hello, {user.name}</h1>
      <p>
        The proxy found a cookie named better-auth.session_token, so this site
        is served over plain HTTP.
      </p>
    </main>
  );
}
