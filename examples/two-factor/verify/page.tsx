import { redirect } from "next/navigation";
import { getUser } from "@/lib/session";
import { safeNextPath } from "@/lib/safe-redirect";
import { VerifyForm } from "./verify-form";

type Props = {
  searchParams: Promise<{ next?: string | string[]; method?: string }>;
};

// Cache Components: this page reads the session at its top.
export const instant = false;

// The second step of signing in, after a password that was right. There is
// no session yet, only Better Auth's two_factor cookie (ten minutes).
export default async function VerifyPage({ searchParams }: Props) {
  const { next, method } = await searchParams;
  const nextPath = safeNextPath(next);
  if (await getUser()) redirect(nextPath);
  const useBackupCode = method === "backup-code";

  return (
    <main className="example-page">
      <h1>Enter your sign-in code</h1>
      <p>
        {useBackupCode
          ? "Enter one of the backup codes you saved."
          : "Open your authenticator app and enter the code it shows for this site."}
      </p>
      <VerifyForm next={nextPath} useBackupCode={useBackupCode} />
    </main>
  );
}
