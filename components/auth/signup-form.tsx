"use client";

import Link from "next/link";
import type { FormEvent } from "react";
import { authClient } from "@/lib/auth-client";
import {
  checkDisplayName,
  checkEmail,
  checkNewPassword,
} from "@/lib/validation";
import { Field } from "./field";
import { FormError } from "./form-error";
import { useAuthSubmit } from "./use-auth-submit";

export function SignupForm({ next }: { next: string }) {
  const { errors, setErrors, pending, submit } = useAuthSubmit<
    "name" | "email" | "password"
  >(next);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = checkDisplayName(form.get("name"));
    const email = checkEmail(form.get("email"));
    const password = checkNewPassword(form.get("password"));
    if (!name.ok || !email.ok || !password.ok) {
      setErrors({
        name: name.ok ? undefined : name.message,
        email: email.ok ? undefined : email.message,
        password: password.ok ? undefined : password.message,
      });
      return;
    }
    await submit(() =>
      authClient.signUp.email({
        name: name.value,
        email: email.value,
        password: password.value,
      }),
    );
  }

  const loginHref =
    next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="auth-form"
      aria-label="Create an account"
    >
      <Field
        name="name"
        label="Name"
        type="text"
        autoComplete="name"
        error={errors.name}
      />
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
        autoComplete="new-password"
        error={errors.password}
      />
      <FormError message={errors.form} />
      <button type="submit" disabled={pending} className="button">
        {pending ? "Creating account…" : "Create account"}
      </button>
      <p className="auth-switch">
        Already have an account? <Link href={loginHref}>Sign in</Link>
      </p>
    </form>
  );
}
