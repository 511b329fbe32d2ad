import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { prisma } from "@/lib/prisma";

// THE TRAP, kept to show what breaks. The same database and secret as
// lib/auth.ts, but no nextCookies() in `plugins`. Never copy this.
export const authWithoutNextCookies = betterAuth({
  database: prismaAdapter(prisma, { provider: "sqlite" }),
  emailAndPassword: { enabled: true },
});
