import { redirect } from "next/navigation";
import { AuthPage } from "@/components/auth/auth-page";
import { SignupForm } from "@/components/auth/signup-form";
import { getUser } from "@/lib/session";
import { safeNextPath } from "@/lib/safe-redirect";

export const metadata = { title: "Create an account" };

export default async function SignupPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  const next = safeNextPath((await searchParams).next);
  if (await getUser()) redirect(next);
  return (
    <AuthPage
      title="Create an account"
      intro="An account on this site is a real Better Auth user in this site's own database. The examples use it."
    >
      <SignupForm next={next} />
    </AuthPage>
  );
}
