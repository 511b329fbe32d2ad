import { getUser } from "@/lib/session";
import { SignInForm } from "../sign-in-form";
import { signInWithoutNextCookies } from "./actions";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function TrapPage() {
  const user = await getUser();

  return (
    <main className="example-page">
      <h1>The trap: Better Auth without nextCookies()</h1>
      <p data-testid="who">
        {user ? (
          <>
            Signed in as <strong>{user.name}</strong>. Sign out first to see the
            trap.
          </>
        ) : (
          "You are signed out."
        )}
      </p>
      {/* Stays on this page after "success", so you can see you are still signed out. */}
      <SignInForm
        action={signInWithoutNextCookies}
        next="/examples/sign-in-actions/trap"
      />
    </main>
  );
}
