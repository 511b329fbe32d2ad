import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "@/lib/prisma";

export const auth = betterAuth({
  database: prismaAdapter(prisma, { provider: "sqlite" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 8,
  },
  plugins: [
    // Must stay last: it copies the Set-Cookie headers of auth.api calls made
    // in Server Actions onto Next.js's response. Before another plugin, that
    // plugin's cookies would be missed.
    nextCookies(),
  ],
});

export type Session = typeof auth.$Infer.Session;
