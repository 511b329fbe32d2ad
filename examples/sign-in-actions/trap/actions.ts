"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { checkEmail, checkPassword } from "@/lib/validation";
import type { SignInState } from "../actions";
import { tooManySignInAttempts } from "../rate-limit";
import { authWithoutNextCookies } from "./auth-without-next-cookies";

// THE TRAP: the same sign-in as ../actions.ts, through the instance without
// nextCookies(). Better Auth checks the password and stores a session. Its
// Set-Cookie header is then dropped, as auth.api returns only the data, so
// the browser never gets the cookie.
export async function signInWithoutNextCookies(
  _previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const email = checkEmail(formData.get("email"));
  const password = checkPassword(formData.get("password"));
  if (!email.ok) return { ok: false, message: email.message, email: "" };
  if (!password.ok) {
    return { ok: false, message: password.message, email: email.value };
  }

  const requestHeaders = await headers();
  if (await tooManySignInAttempts(requestHeaders)) {
    return {
      ok: false,
      message: "Too many attempts. Wait a few seconds.",
      email: email.value,
    };
  }

  try {
    const { user } = await authWithoutNextCookies.api.signInEmail({
      body: { email: email.value, password: password.value },
      headers: requestHeaders,
    });
    return {
      ok: false,
      message: `Better Auth answered "signed in as ${user.name}" and stored a session, but no cookie was sent: you are still signed out. Reload to check.`,
      email: email.value,
    };
  } catch (error) {
    return {
      ok: false,
      message: isAPIError(error) ? error.message : "Signing in failed.",
      email: email.value,
    };
  }
}
