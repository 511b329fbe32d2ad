"use server";

import { headers } from "next/headers";
import { auth } from "@/lib/auth";

export type OriginCheck = {
  origin: string;
  host: string;
  trustedByBetterAuth: boolean;
} | null;

// Next.js runs this only if the POST's Origin names the same host as the
// request (X-Forwarded-Host, or else Host) or one in serverActions.allowedOrigins.
// Anything else is refused before this code runs. Better Auth's own check is
// separate: its list of trusted origins, asked here for the same Origin.
export async function checkThisPost(): Promise<OriginCheck> {
  const requestHeaders = await headers();
  const origin = requestHeaders.get("origin") ?? "";
  const host =
    requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "";
  const context = await auth.$context;
  return {
    origin,
    host,
    trustedByBetterAuth: origin !== "" && context.isTrustedOrigin(origin),
  };
}
