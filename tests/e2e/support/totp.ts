// Computes the codes an authenticator app would show, from the key the
// two-factor page gives the reader: RFC 6238 with the defaults Better Auth
// and every app use (HMAC-SHA1, 30-second steps, 6 digits).
import { createHmac } from "node:crypto";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function totpCode(base32Secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const hmac = createHmac("sha1", base32Decode(base32Secret))
    .update(counter)
    .digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const number = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(number).padStart(6, "0");
}

/** A code that is certainly wrong now: the one from ten minutes ago, unless it happens to match. */
export function wrongTotpCode(base32Secret: string): string {
  const right = totpCode(base32Secret);
  const old = totpCode(base32Secret, Date.now() - 600_000);
  return old === right
    ? String((Number(right) + 1) % 1_000_000).padStart(6, "0")
    : old;
}

function base32Decode(text: string): Buffer {
  let bits = "";
  for (const char of text.replace(/=+$/, "").toUpperCase()) {
    const value = BASE32.indexOf(char);
    if (value === -1) throw new Error(`Not base32: ${char}`);
    bits += value.toString(2).padStart(5, "0");
  }
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((byte) => parseInt(byte, 2)));
}
