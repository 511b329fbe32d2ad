// A signed-in client for the load and benchmark scripts: real HTTP, real
// cookies, and the example form posted the way a browser without JavaScript does.
import { hiddenInputs } from "../lib/signed-out-request";

export type Client = {
  cookie: string;
  ip: string;
  email: string;
  password: string;
};

const CLOSED_CONNECTION = [
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "ECONNRESET",
  "EPIPE",
];

/** How many requests browserFetch() sent again, for the load's report. */
export const resent = { count: 0 };

/**
 * fetch() as a browser sends it: a request whose kept-alive connection the
 * server had just closed (a proxy reloading, an idle timeout) is sent again
 * on another connection, up to twice. Such a request never reached the server. Node's fetch
 * reports it as a socket error ("other side closed", a reset, or EPIPE while
 * it was still writing the request) and does not retry it.
 */
export async function browserFetch(
  url: string,
  init?: RequestInit,
): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      if (attempt === 3 || !CLOSED_CONNECTION.includes(cause?.code ?? "")) {
        throw error;
      }
      resent.count++;
      // A proxy that reloads closes all its idle connections at once: let the
      // pool see them closed, so the next try gets a live one.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

let clientNumber = 0;

/** A client IP from the IPv6 documentation range: Better Auth limits sign-ups per IP. */
function clientIp(): string {
  clientNumber++;
  return `2001:db8:${(clientNumber >> 16).toString(16)}:${(clientNumber & 0xffff).toString(16)}::1`;
}

export async function signUpClient(
  base: string,
  index: number,
): Promise<Client> {
  const ip = clientIp();
  const email = `load-${index}-${Date.now()}@example.com`;
  const password = "a long enough password";
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: base,
      "x-forwarded-for": ip,
    },
    body: JSON.stringify({ name: `Load ${index}`, email, password }),
  });
  if (response.status !== 200) {
    throw new Error(
      `sign-up ${index} answered ${response.status}: ${await response.text()}`,
    );
  }
  // Every cookie Better Auth set: the session token, and the cached session when the cookie cache is on.
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { cookie, ip, email, password };
}

export function headersFor(
  client: Client,
  base: string,
): Record<string, string> {
  return { cookie: client.cookie, "x-forwarded-for": client.ip, origin: base };
}

/** The hidden fields of the name form, the same for every reader of one build. */
export async function nameFormFields(
  base: string,
  client: Client,
): Promise<[string, string][]> {
  const page = await fetch(`${base}/examples/server-action`, {
    headers: headersFor(client, base),
  });
  return hiddenInputs(await page.text());
}

export async function postName(
  base: string,
  client: Client,
  fields: [string, string][],
  name: string,
): Promise<Response> {
  const form = new FormData();
  for (const [key, value] of fields) form.append(key, value);
  form.append("name", name);
  return browserFetch(`${base}/examples/server-action`, {
    method: "POST",
    body: form,
    headers: headersFor(client, base),
  });
}
