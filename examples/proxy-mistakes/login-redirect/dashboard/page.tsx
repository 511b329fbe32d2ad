import { redirect } from "next/navigation";
import { getUser } from "@/lib/session";

// Cache Components: this page reads the session at its top.
export const instant = false;

// Checks the session for real, as every page must, and sends a reader without
// one to the (stand-in) sign-in page, where the trap's proxy waits.
export default async function DashboardPage() {
  const user = await getUser();
  if (!user) redirect("/examples/proxy-mistakes/login-redirect/login");
  return (
    <main className="example-page">
      <h1>Dashboard of {user.name}</h1>
      <p>Your session is valid, so the proxy’s redirect and this page agree.</p>
    </main>
  );
}
