"use client";

import Link from "next/link";
import type { FormEvent } from "react";
import { authClient } from "@/lib/auth-client";
import { checkEmail, checkPassword } from "@/lib/validation";
import { Field } from "./field";
import { FormError } from "./form-error";
import { useAuthSubmit } from "./use-auth-submit";

export function LoginForm({ next }: { next: string }) {
  const { errors, setErrors, pending, submit } = useAuthSubmit<
    "email" | "password"
  >(next);

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
    await submit(() =>
      authClient.signIn.email({ email: email.value, password: password.value }),
    );
  }

  const signupHref =
    next === "/" ? "/signup" : `/signup?next=${encodeURIComponent(next)}`;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="auth-form"
      aria-label="Sign in"
    >
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        error={errors.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password}
      />
      <FormError message={errors.form} />
      <button type="submit" disabled={pending} className="button">
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="auth-switch">
        New here? <Link href={signupHref}>Create an account</Link>
      </p>
    </form>
  );
}
