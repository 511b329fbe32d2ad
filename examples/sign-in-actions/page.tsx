import { getUser } from "@/lib/session";
import { signIn, signOut } from "./actions";
import { SignInForm } from "./sign-in-form";

type Props = { searchParams: Promise<{ next?: string | string[] }> };

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function SignInActionPage({ searchParams }: Props) {
  const user = await getUser();
  const { next } = await searchParams;

  return (
    <main className="example-page">
      <h1>Sign in and out with Server Actions</h1>
      {user ? (
        <>
          <p data-testid="who">
            Signed in as <strong>{user.name}</strong> ({user.email}).
          </p>
          {/* No client code needed: the form posts straight to the action. */}
          <form action={signOut} className="example-form">
            <button type="submit">Sign out</button>
          </form>
        </>
      ) : (
        <>
          <p data-testid="who">You are signed out.</p>
          {/* Passed on as it came; the action decides whether it is safe. */}
          <SignInForm
            action={signIn}
            next={typeof next === "string" ? next : "/examples/sign-in-actions"}
          />
        </>
      )}
    </main>
  );
}
