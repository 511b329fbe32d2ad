import { redirect } from "next/navigation";
import { getUser } from "@/lib/session";

// Four server components read the user: this page and the three below.
// With cache() they share one database lookup for the whole request.
// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function ProfilePage() {
  const user = await getUser();
  if (!user) redirect("/login?next=/examples/cached-helper");

  return (
    <main className="example-page">
      <WelcomeHeading />
      <AccountCard />
      <SignedInBadge />
    </main>
  );
}

async function WelcomeHeading() {
  const user = await getUser();
  return <h1>Hello, {user?.name}</h1>;
}

async function AccountCard() {
  const user = await getUser();
  return (
    <p>
      Account: <strong>{user?.email}</strong>, created{" "}
      {user?.createdAt.toDateString()}.
    </p>
  );
}

async function SignedInBadge() {
  const user = await getUser();
  return <p className="example-badge">{user ? "Signed in" : "Signed out"}</p>;
}
