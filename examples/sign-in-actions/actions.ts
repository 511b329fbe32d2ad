"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { safeNextPath } from "@/lib/safe-redirect";
import { checkEmail, checkPassword } from "@/lib/validation";
import { tooManySignInAttempts } from "./rate-limit";
import type { ActionState } from "@/lib/action-state";

// Plain data only: the form shows it, and it travels to the browser.
// The email comes back so the form can keep it; the password never does.
export type SignInState = ActionState<{ email: string }>;

export async function signIn(
  _previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const typed = formData.get("email");
  const typedEmail = typeof typed === "string" ? typed : "";
  const email = checkEmail(typed);
  const password = checkPassword(formData.get("password"));
  if (!email.ok) {
    return { ok: false, message: email.message, email: typedEmail };
  }
  if (!password.ok) {
    return { ok: false, message: password.message, email: typedEmail };
  }

  const requestHeaders = await headers();
  if (await tooManySignInAttempts(requestHeaders)) {
    return {
      ok: false,
      message: "Too many attempts. Wait a few seconds, then try again.",
      email: email.value,
    };
  }

  const next = safeNextPath(formData.get("next"));
  let result;
  try {
    // Better Auth puts the session cookie on its own response as Set-Cookie.
    // nextCookies(), the last plugin in lib/auth.ts, copies it into Next's
    // cookies(), so it reaches the browser with this action's response.
    result = await auth.api.signInEmail({
      body: { email: email.value, password: password.value },
      headers: requestHeaders,
    });
  } catch (error) {
    // A wrong password is an expected outcome: return a sentence. Never the
    // APIError itself: React strips an Error's message in production builds.
    return { ok: false, message: signInFailure(error), email: email.value };
  }

  // With two-factor on (lesson 14) the password was right, but there is no
  // session yet: Better Auth answers twoFactorRedirect and sets a short-lived
  // cookie for the code step instead. Ignore it, and the reader lands on
  // `next` signed out.
  if ("twoFactorRedirect" in result && result.twoFactorRedirect) {
    redirect(`/examples/two-factor/verify?next=${encodeURIComponent(next)}`);
  }
  // redirect() works by throwing. Called inside the try above, the catch
  // would swallow it and show "Signing in failed" to a signed-in reader.
  // The target is checked: a hidden field is whatever the client sends.
  redirect(next);
}

export async function signOut() {
  // Deletes the session row and expires the cookies; nextCookies() passes the
  // expiring Set-Cookie on.
  await auth.api.signOut({ headers: await headers() });
  // Then a redirect, not the re-render Next.js does on its own after a
  // changed cookie: that re-render reads the request's old Cookie header, and
  // with the cookie cache on, the old cached copy still says "signed in". The
  // redirect's render gets the cookies as this response leaves them.
  redirect("/examples/sign-in-actions");
}

function signInFailure(error: unknown): string {
  // isAPIError also catches better-call's errors, which are not Better Auth's APIError class.
  if (!isAPIError(error)) {
    console.error("Sign-in failed", error);
    return "Signing in failed on our side. Try again in a moment.";
  }
  if (error.statusCode === 429) {
    return "Too many attempts. Wait a few seconds, then try again.";
  }
  if (error.body?.code === "INVALID_EMAIL_OR_PASSWORD") {
    return "That email and password don't match an account. Check both and try again.";
  }
  if (error.body?.code === "EMAIL_NOT_VERIFIED") {
    return "Verify your email address first: follow the link we sent you.";
  }
  return error.message || "Signing in failed. Try again in a moment.";
}
