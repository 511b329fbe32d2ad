// The same check Better Auth runs on these entries (it only warns, and drops them).
import { findInvalidTrustedProxies } from "@better-auth/core/utils/ip";

// Which client address Better Auth counts a request as (lesson 13). Better
// Auth reads it from X-Forwarded-For, and any client can write that header.
// So it is believed only from the proxies the operator names in
// TRUSTED_PROXIES (comma-separated addresses or CIDR ranges), and only when
// the app is reachable through them alone. Better Auth then walks the header
// from the right, past those proxies, to the first address that is not one.
export type ClientAddressOptions =
  { trustedProxies: string[] } | { ipAddressHeaders: string[] };

export function clientAddressOptions(
  trustedProxiesVariable: string | undefined,
): ClientAddressOptions {
  const trustedProxies = (trustedProxiesVariable ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const invalid = findInvalidTrustedProxies(trustedProxies);
  if (invalid.length > 0) {
    throw new Error(
      `TRUSTED_PROXIES lists ${invalid.map((entry) => `"${entry}"`).join(", ")}: each entry must be an IP address ` +
        "or a CIDR range, such as 127.0.0.1 or 10.0.0.0/8. Leave it unset when no proxy stands in front of the site.",
    );
  }
  // With no proxy named, no header is read at all: in production every
  // request is then one shared address, and the per-account limit
  // (lib/sign-in-limit.ts) is what stops guessing.
  return trustedProxies.length > 0
    ? { trustedProxies }
    : { ipAddressHeaders: [] };
}
