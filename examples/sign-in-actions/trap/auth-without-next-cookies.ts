import "server-only";
import { betterAuth } from "better-auth";
import { authOptions } from "@/lib/auth";

// THE TRAP, kept to show what breaks: lib/auth.ts's options, but no
// nextCookies() in `plugins`. Never copy this.
export const authWithoutNextCookies = betterAuth({
  ...authOptions,
  plugins: [],
});
