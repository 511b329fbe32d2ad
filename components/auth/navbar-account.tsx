import Link from "next/link";
import { getUser } from "@/examples/cached-helper/session";
import { SignOutButton } from "./sign-out-button";

// Rendered on the server for every page, so the navbar never flashes the
// wrong state while the browser catches up.
export async function NavbarAccount() {
  const user = await getUser();
  if (!user) {
    return (
      <div data-testid="navbar-account">
        <Link href="/login" className="navbar-account-link">
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <div className="navbar-account" data-testid="navbar-account">
      <span className="navbar-account-name" data-testid="navbar-user-name">
        {user.name}
      </span>
      <SignOutButton />
    </div>
  );
}
