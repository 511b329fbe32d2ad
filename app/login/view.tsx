import { redirect } from "next/navigation";
import { AuthPage } from "@/components/auth/auth-page";
import { LoginForm } from "@/components/auth/login-form";
import { getUser } from "@/lib/session";
import { safeNextPath } from "@/lib/safe-redirect";

export const metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  const next = safeNextPath((await searchParams).next);
  if (await getUser()) redirect(next);
  return (
    <AuthPage
      title="Sign in"
      intro="Sign in to run the guide's examples with your own session."
    >
      <LoginForm next={next} />
    </AuthPage>
  );
}
