// The same page as ../page.tsx, with the helper that is not wrapped in cache().
import { redirect } from "next/navigation";
import { getUser } from "./session";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function ProfilePageWithoutCache() {
  const user = await getUser();
  if (!user) redirect("/login?next=/examples/cached-helper/trap");

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
