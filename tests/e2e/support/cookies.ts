import type { APIRequestContext, APIResponse } from "@playwright/test";

export const SESSION_COOKIE = "better-auth.session_token";

/** Every Set-Cookie header of a response, each as sent. */
export function setCookies(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value);
}

/** The Set-Cookie that sets the session cookie, if the response sent one. */
export function sessionCookieSet(response: APIResponse): string | undefined {
  return setCookies(response).find((value) =>
    value.startsWith(`${SESSION_COOKIE}=`),
  );
}

/** The session cookie's value a signed-in client holds. */
export async function sessionCookieOf(
  client: APIRequestContext,
): Promise<string> {
  const { cookies } = await client.storageState();
  return cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
}
