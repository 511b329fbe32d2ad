import { getUser } from "@/lib/session";
import { NameForm } from "./name-form";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function ProfileSettingsPage() {
  const user = await getUser();

  // On purpose, signed-out visitors still get the form: the action behind it
  // is reachable either way, and it refuses them by itself.
  return (
    <main className="example-page">
      <h1>Your display name</h1>
      <p data-testid="current-name">
        {user ? (
          <>
            Signed in as <strong>{user.name}</strong>.
          </>
        ) : (
          "You are signed out. Submit the form anyway to see the action refuse."
        )}
      </p>
      <NameForm currentName={user?.name ?? ""} />
    </main>
  );
}
