// Input rules shared by the forms (instant feedback) and the server (the
// check that counts). Each function returns a message a reader can act on.

export const NAME_MAX_LENGTH = 100;
export const TEAM_NAME_MAX_LENGTH = 60;
export const PASSWORD_MIN_LENGTH = 8;

export type Checked<T> =
  { ok: true; value: T } | { ok: false; message: string };

export function checkDisplayName(value: unknown): Checked<string> {
  if (value === null || value === undefined) {
    return { ok: false, message: "Enter a name." };
  }
  if (typeof value !== "string") {
    return {
      ok: false,
      message: "Send the name as text, not a file or a number.",
    };
  }
  const name = value.trim();
  if (name === "") {
    return {
      ok: false,
      message: "Enter a name: it can't be empty or only spaces.",
    };
  }
  // Count characters as people see them, so "山田" or an emoji counts once.
  if ([...name].length > NAME_MAX_LENGTH) {
    return {
      ok: false,
      message: `Use at most ${NAME_MAX_LENGTH} characters for your name.`,
    };
  }
  return { ok: true, value: name };
}

export function checkEmail(value: unknown): Checked<string> {
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, message: "Enter your email address." };
  }
  const email = value.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return {
      ok: false,
      message: "Enter an email address like name@example.com.",
    };
  }
  return { ok: true, value: email };
}

export function checkNewPassword(value: unknown): Checked<string> {
  if (typeof value !== "string" || value === "") {
    return { ok: false, message: "Enter a password." };
  }
  if (value.length < PASSWORD_MIN_LENGTH) {
    return {
      ok: false,
      message: `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`,
    };
  }
  return { ok: true, value };
}

export function checkPassword(value: unknown): Checked<string> {
  if (typeof value !== "string" || value === "") {
    return { ok: false, message: "Enter your password." };
  }
  return { ok: true, value };
}

export function checkTeamName(value: unknown): Checked<string> {
  if (typeof value !== "string") {
    return { ok: false, message: "Enter a team name." };
  }
  const name = value.trim();
  if (name === "") {
    return {
      ok: false,
      message: "Enter a team name: it can't be empty or only spaces.",
    };
  }
  if ([...name].length > TEAM_NAME_MAX_LENGTH) {
    return {
      ok: false,
      message: `Use at most ${TEAM_NAME_MAX_LENGTH} characters for the team name.`,
    };
  }
  return { ok: true, value: name };
}

/** A code from an authenticator app: 6 digits, spaces allowed, as apps show "123 456". */
export function checkTotpCode(value: unknown): Checked<string> {
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, message: "Enter the 6-digit code from your app." };
  }
  const code = value.replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) {
    return { ok: false, message: "Enter the code as 6 digits, like 123456." };
  }
  return { ok: true, value: code };
}

/** A backup code as Better Auth prints them: two groups of 5 letters or digits, like Ab3dE-fG7hJ. */
export function checkBackupCode(value: unknown): Checked<string> {
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, message: "Enter one of your backup codes." };
  }
  const code = value.trim();
  if (!/^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/.test(code)) {
    return {
      ok: false,
      message:
        "Enter a backup code as you saved it: 5 letters or digits, a dash, 5 more.",
    };
  }
  return { ok: true, value: code };
}

// The rules for a note, checked on the server by every action and handler
// that writes one. Each failure is a message the reader can act on.
export const TITLE_MAX_LENGTH = 120;
export const BODY_MAX_LENGTH = 10_000;

export type NoteInput = { title: string; body: string };

export function checkNoteInput(
  title: unknown,
  body: unknown,
): Checked<NoteInput> {
  // A form can send a file under any field name, and a JSON body a number.
  if (typeof title !== "string" || typeof body !== "string") {
    return { ok: false, message: "Send the title and the note as text." };
  }
  const trimmedTitle = title.trim();
  if (trimmedTitle === "") {
    return {
      ok: false,
      message: "Give the note a title: it can't be empty or only spaces.",
    };
  }
  // Count characters as people see them, so "山田" or an emoji counts once.
  if ([...trimmedTitle].length > TITLE_MAX_LENGTH) {
    return {
      ok: false,
      message: `Use at most ${TITLE_MAX_LENGTH} characters for the title.`,
    };
  }
  if ([...body].length > BODY_MAX_LENGTH) {
    return {
      ok: false,
      message: `Use at most ${BODY_MAX_LENGTH.toLocaleString("en")} characters for the note.`,
    };
  }
  // The body is kept as typed: its line breaks and indentation are the reader's.
  return { ok: true, value: { title: trimmedTitle, body } };
}
