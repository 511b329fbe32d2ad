import Link from "next/link";
import { Suspense } from "react";
import { getUser } from "@/lib/session";
import { SignOutButton } from "./sign-out-button";
import "./auth.css";

// The pages are prerendered without a reader; the account streams in behind
// this boundary, rendered on the server, so the HTML a browser receives holds
// the final state and no client code asks for the session. The fallback has
// the size of the "Sign in" link, so nothing moves when the account arrives.
export function NavbarAccount() {
  return (
    <Suspense
      fallback={
        <span className="navbar-account-link" aria-hidden="true">
          Sign in
        </span>
      }
    >
      <Account />
    </Suspense>
  );
}

async function Account() {
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
      {/* The account page is lesson 14's: two-factor sign-in on or off. */}
      <Link
        href="/examples/two-factor"
        className="navbar-account-name"
        title="Your account: two-factor sign-in"
      >
        <span data-testid="navbar-user-name">{user.name}</span>
      </Link>
      <SignOutButton />
    </div>
  );
}
