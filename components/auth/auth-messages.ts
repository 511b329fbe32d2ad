// Better Auth answers with an error code; readers get a sentence that says what to do.
type AuthError = { code?: string; message?: string; status?: number };

const MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD:
    "That email and password don't match an account. Check both and try again, or create an account.",
  USER_ALREADY_EXISTS:
    "An account with this email already exists. Sign in instead, or use another email.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL:
    "An account with this email already exists. Sign in instead, or use another email.",
  INVALID_EMAIL: "Enter an email address like name@example.com.",
  PASSWORD_TOO_SHORT: "Use at least 8 characters for your password.",
  PASSWORD_TOO_LONG: "Use at most 128 characters for your password.",
};

export function authErrorMessage(error: AuthError): string {
  if (error.status === 429) {
    return "Too many attempts. Wait a minute, then try again.";
  }
  if (error.code && MESSAGES[error.code]) return MESSAGES[error.code];
  return (
    error.message || "Something went wrong on our side. Try again in a moment."
  );
}
