import Link from "next/link";
import type { ReactNode } from "react";

// Nextra 4 does not read this file by itself: app/layout.tsx passes these
// options to the theme's <Layout>, <Navbar> and <Footer>.
const repository = "https://github.com/better-auth-guide/server-side-auth";

export const themeConfig = {
  title: "Server-side auth with Better Auth",
  description:
    "Learn server-side authentication with Better Auth in the Next.js App Router, from examples that run with your own session.",
  // The logo is its own link: Nextra's would label it "Home page", hiding the
  // visible text from speech input and screen readers.
  logo: (
    <Link href="/" className="site-logo">
      Better Auth <span className="site-logo-tagline">· server-side guide</span>
    </Link>
  ) as ReactNode,
  repository,
  docsRepositoryBase: `${repository}/tree/main`,
  editLink: "Edit this page",
  feedback: { content: "Question? Give us feedback", labels: "feedback" },
  sidebar: { defaultMenuCollapseLevel: 1, toggleButton: true },
  footer: `${new Date().getFullYear()} · Every example on this site runs against a real Better Auth session.`,
} as const;
