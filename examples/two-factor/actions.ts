"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { safeNextPath } from "@/lib/safe-redirect";
import {
  checkBackupCode,
  checkPassword,
  checkTotpCode,
} from "@/lib/validation";
import type { ActionState } from "@/lib/action-state";

export type EnrolState =
  | { ok: true; secret: string; totpURI: string; backupCodes: string[] }
  | { ok: false; message: string }
  | null;
export type CodeState = ActionState;

// Step 1 of turning two-factor on: checks the password and makes a secret.
// Two-factor is not on yet: Better Auth turns it on at the first right code,
// so a reader whose app never got the secret is not locked out.
export async function startEnrolment(
  _previous: EnrolState,
  formData: FormData,
): Promise<EnrolState> {
  const password = checkPassword(formData.get("password"));
  if (!password.ok) return { ok: false, message: password.message };
  try {
    const enabled = await auth.api.enableTwoFactor({
      body: { password: password.value },
      headers: await headers(),
    });
    // "totp" is the default method; the other, "otp", sends codes by email or SMS.
    if (enabled.method !== "totp") throw new Error("Expected a TOTP enrolment");
    const secret = new URL(enabled.totpURI).searchParams.get("secret") ?? "";
    return {
      ok: true,
      secret,
      totpURI: enabled.totpURI,
      backupCodes: enabled.backupCodes,
    };
  } catch (error) {
    return { ok: false, message: twoFactorFailure(error) };
  }
}

// Step 2: the first code from the app. Better Auth then turns two-factor on
// and replaces the session with a new one. Redirect, so the page renders with
// the new cookie, not the request's old one (lesson 8).
export async function confirmEnrolment(
  _previous: CodeState,
  formData: FormData,
): Promise<CodeState> {
  const code = checkTotpCode(formData.get("code"));
  if (!code.ok) return { ok: false, message: code.message };
  try {
    await auth.api.verifyTOTP({
      body: { code: code.value },
      headers: await headers(),
    });
  } catch (error) {
    return { ok: false, message: twoFactorFailure(error) };
  }
  redirect("/examples/two-factor");
}

export async function turnOff(
  _previous: CodeState,
  formData: FormData,
): Promise<CodeState> {
  const password = checkPassword(formData.get("password"));
  if (!password.ok) return { ok: false, message: password.message };
  try {
    await auth.api.disableTwoFactor({
      body: { password: password.value },
      headers: await headers(),
    });
  } catch (error) {
    return { ok: false, message: twoFactorFailure(error) };
  }
  redirect("/examples/two-factor");
}

// The second step of signing in. The password step left no session, only
// Better Auth's signed two_factor cookie naming the user; a right code turns
// it into a session, and nextCookies() sends the session cookie on.
export async function verifySignInCode(
  _previous: CodeState,
  formData: FormData,
): Promise<CodeState> {
  const useBackupCode = formData.get("method") === "backup-code";
  const code = useBackupCode
    ? checkBackupCode(formData.get("code"))
    : checkTotpCode(formData.get("code"));
  if (!code.ok) return { ok: false, message: code.message };
  try {
    const requestHeaders = await headers();
    if (useBackupCode) {
      await auth.api.verifyBackupCode({
        body: { code: code.value },
        headers: requestHeaders,
      });
    } else {
      await auth.api.verifyTOTP({
        body: { code: code.value },
        headers: requestHeaders,
      });
    }
  } catch (error) {
    return { ok: false, message: twoFactorFailure(error) };
  }
  redirect(safeNextPath(formData.get("next")));
}

function twoFactorFailure(error: unknown): string {
  if (!isAPIError(error)) {
    console.error("Two-factor step failed", error);
    return "That failed on our side. Try again in a moment.";
  }
  switch (error.body?.code) {
    case "INVALID_CODE":
      return "That code is not right. Enter the code your app shows now: it changes every 30 seconds.";
    case "INVALID_BACKUP_CODE":
      return "That backup code is not right, or it was used before. Each works once.";
    case "INVALID_PASSWORD":
      return "That password is not right.";
    case "INVALID_TWO_FACTOR_COOKIE":
      return "Your sign-in has expired or never started here. Sign in with your password again.";
    case "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE":
      return "Too many wrong codes for this sign-in. Sign in with your password again.";
    case "ACCOUNT_TEMPORARILY_LOCKED":
      return "Too many wrong codes. Two-factor sign-in is locked for 15 minutes.";
    case "TOTP_ALREADY_ENABLED":
      return "Two-factor is already on for your account.";
    default:
      return error.message || "That failed. Try again in a moment.";
  }
}
