"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth-client";
import { checkEmail, checkPassword } from "@/lib/validation";
import { authErrorMessage } from "./auth-messages";
import { Field } from "./field";

type Errors = { email?: string; password?: string; form?: string };

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = checkEmail(form.get("email"));
    const password = checkPassword(form.get("password"));
    if (!email.ok || !password.ok) {
      setErrors({
        email: email.ok ? undefined : email.message,
        password: password.ok ? undefined : password.message,
      });
      return;
    }
    setPending(true);
    setErrors({});
    const { error } = await authClient.signIn.email({ email: email.value, password: password.value });
    if (error) {
      setErrors({ form: authErrorMessage(error) });
      setPending(false);
      return;
    }
    // `next` was checked on the server (safeNextPath), so it is a path on this site.
    router.replace(next);
    router.refresh();
  }

  const signupHref = next === "/" ? "/signup" : `/signup?next=${encodeURIComponent(next)}`;
  return (
    <form onSubmit={onSubmit} noValidate className="auth-form" aria-label="Sign in">
      <Field name="email" label="Email" type="email" autoComplete="email" error={errors.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password}
      />
      {errors.form ? (
        <p role="alert" className="auth-form-error">
          {errors.form}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="auth-submit">
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="auth-switch">
        New here? <Link href={signupHref}>Create an account</Link>
      </p>
    </form>
  );
}
