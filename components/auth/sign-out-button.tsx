import { signOut } from "./sign-out-action";

// A plain form: it works before JavaScript loads, and ships no auth code to the browser.
export function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit" className="navbar-account-button">
        Sign out
      </button>
    </form>
  );
}
