import Link from "next/link";

// Stands in for an app's sign-in page, behind the trap's proxy.
export default function LoginStandInPage() {
  return (
    <main className="example-page">
      <h1>Sign-in page (stand-in)</h1>
      <p data-testid="login-stand-in">
        You reached the sign-in page: the proxy saw no session cookie.{" "}
        <Link href="/login?next=/examples/proxy-mistakes/login-redirect/dashboard">
          Sign in for real
        </Link>
        .
      </p>
    </main>
  );
}
