import { redirect } from "next/navigation";
import { getUser } from "@/lib/session";
import { EnrolForm, TurnOffForm } from "./two-factor-forms";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

// The reader's own account page: turn two-factor sign-in on or off.
export default async function TwoFactorPage() {
  const user = await getUser();
  if (!user) redirect("/login?next=/examples/two-factor");

  return (
    <main className="example-page">
      <h1>Two-factor sign-in</h1>
      {user.twoFactorEnabled ? (
        <>
          <p data-testid="two-factor-status">
            Two-factor sign-in is <strong>on</strong> for {user.email}. Signing
            in asks for a code from your app after your password.
          </p>
          <TurnOffForm />
        </>
      ) : (
        <>
          <p data-testid="two-factor-status">
            Two-factor sign-in is <strong>off</strong> for {user.email}. Turn it
            on with an authenticator app (1Password, Google Authenticator,
            Aegis…).
          </p>
          <EnrolForm />
        </>
      )}
    </main>
  );
}
