import type { ReactNode } from "react";
import { Footer, Layout, Navbar } from "nextra-theme-docs";
import { Head } from "nextra/components";
import { getPageMap } from "nextra/page-map";
import { NavbarAccount } from "@/components/auth/navbar-account";
import { withCourseProgress } from "@/components/course/course-sidebar";
import { withAppRoutes } from "@/lib/docs/app-routes";
import { themeConfig } from "@/theme.config";
import "nextra-theme-docs/style.css";
import "./site.css";

export const metadata = {
  title: { default: themeConfig.title, template: `%s · ${themeConfig.title}` },
  description: themeConfig.description,
};

export default async function RootLayout({
  children,
}: {
  children: ReactNode;
}) {
  const navbar = (
    <Navbar
      logo={themeConfig.logo}
      logoLink={false}
      projectLink={themeConfig.repository}
    >
      <NavbarAccount />
    </Navbar>
  );
  return (
    <html lang="en" dir="ltr" suppressHydrationWarning>
      <Head>
        <meta name="theme-color" content="#0b0b0f" />
      </Head>
      <body>
        <Layout
          navbar={navbar}
          pageMap={withCourseProgress(withAppRoutes(await getPageMap()))}
          docsRepositoryBase={themeConfig.docsRepositoryBase}
          editLink={themeConfig.editLink}
          feedback={themeConfig.feedback}
          sidebar={themeConfig.sidebar}
          // Nextra's "Copy page" menu button has no accessible name (axe: button-name).
          copyPageButton={false}
          footer={<Footer>{themeConfig.footer}</Footer>}
        >
          {children}
        </Layout>
      </body>
    </html>
  );
}
