"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { authErrorMessage } from "./auth-messages";

type AuthCall = () => Promise<{
  data?: unknown;
  error: { code?: string; message?: string; status?: number } | null;
}>;

// What the sign-in and sign-up forms share: field errors, a form-level error
// from Better Auth, and where to go after success.
export function useAuthSubmit<Field extends string>(next: string) {
  const router = useRouter();
  const [errors, setErrors] = useState<Partial<Record<Field | "form", string>>>(
    {},
  );
  const [pending, setPending] = useState(false);

  async function submit(call: AuthCall) {
    setPending(true);
    setErrors({});
    const { data, error } = await call();
    if (error) {
      setErrors({ form: authErrorMessage(error) } as Partial<
        Record<Field | "form", string>
      >);
      setPending(false);
      return;
    }
    // `next` was checked on the server (safeNextPath), so it is a path on this site.
    // A reader with two-factor on has no session yet: the code comes first (lesson 14).
    router.replace(
      needsSecondFactor(data)
        ? `/examples/two-factor/verify?next=${encodeURIComponent(next)}`
        : next,
    );
    // Re-render the server components, the navbar among them, with the new session.
    router.refresh();
  }

  return { errors, setErrors, pending, submit };
}

function needsSecondFactor(data: unknown): boolean {
  return (
    typeof data === "object" &&
    data !== null &&
    "twoFactorRedirect" in data &&
    data.twoFactorRedirect === true
  );
}
