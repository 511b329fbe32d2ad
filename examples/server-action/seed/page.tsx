import { getUser } from "@/lib/session";
import { updateProfile } from "./actions";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function SeedProfilePage() {
  const user = await getUser();
  return (
    <main className="example-page">
      <h1>The common version</h1>
      <p data-testid="current-name">
        {user ? `Signed in as ${user.name}.` : "You are signed out."}
      </p>
      <form action={updateProfile} className="example-form">
        <label htmlFor="seed-name">Display name</label>
        <input id="seed-name" name="name" defaultValue={user?.name ?? ""} />
        <button type="submit">Save name</button>
      </form>
    </main>
  );
}
