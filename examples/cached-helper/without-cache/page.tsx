// The trap, kept to compare: the same page with a helper that is NOT wrapped
// in cache(). Every component that asks for the user costs one more session
// lookup in the database.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

async function getUser() {
  const session = await auth.api.getSession({ headers: await headers() });
  return session?.user ?? null;
}

export default async function ProfilePageWithoutCache() {
  const user = await getUser();
  if (!user) redirect("/login?next=/examples/cached-helper/without-cache");

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
      Account: <strong>{user?.email}</strong>, created {user?.createdAt.toDateString()}.
    </p>
  );
}

async function SignedInBadge() {
  const user = await getUser();
  return <p className="example-badge">{user ? "Signed in" : "Signed out"}</p>;
}
