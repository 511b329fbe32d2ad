import { createAuthClient } from "better-auth/react";

// The browser-side client. It talks to /api/auth on the page's own origin,
// so no baseURL is needed.
export const authClient = createAuthClient();
