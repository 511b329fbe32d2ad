import type { MetaRecord } from "nextra";

// The sidebar reads as a course, top to bottom. Routes of app/ that are not
// lessons (the sign-in pages, the live examples) are listed here as hidden,
// or Nextra would add them to the sidebar.
const meta: MetaRecord = {
  index: "Introduction",
  setup: "Setup",
  "server-component": "1. Server Component",
  "cached-helper": "2. Cached session helper",
  "server-action": "3. Protected Server Action",
  "route-handler": "4. Protected Route Handler",
  proxy: "5. Guard many routes with proxy.ts",
  "data-access-layer": "6. A data access layer",
  authorization: "7. Authorization",
  "sign-in-actions": "8. Sign in and out from Server Actions",
  "cookie-cache": "9. The session cookie cache",
  "client-server-sync": "10. Keeping client and server in step",
  "auth-and-caching": "11. Auth and caching in Next.js 16",
  "testing-auth": "Test auth like this guide does",
  "how-this-guide-is-tested": "How this guide is tested",
  login: { display: "hidden" },
  signup: { display: "hidden" },
  // type "page" keeps the examples out of the lessons' previous/next links.
  examples: {
    type: "page",
    display: "hidden",
    theme: { sidebar: false, toc: false, breadcrumb: false, pagination: false },
  },
};

export default meta;
