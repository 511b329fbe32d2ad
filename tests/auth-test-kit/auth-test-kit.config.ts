// What the auth test kit checks in your app. This is the list for the guide's
// own examples, which is also what an app that installed every pattern from
// its registry serves: replace the routes with your own.
import { prisma } from "@/lib/prisma";
import type { AuthKitConfig } from "./auth-test-kit";

const config: AuthKitConfig = {
  signInPath: "/login",
  pages: [
    "/examples/server-component",
    "/examples/cached-helper",
    "/examples/proxy",
    "/examples/data-access-layer",
    "/examples/authorization",
  ],
  apiRoutes: ["/api/user", "/api/examples/data-access-layer/sessions"],
  actions: [
    {
      page: "/examples/server-action",
      fill: { "Display name": "{marker}" },
      submit: "Save name",
    },
    {
      page: "/examples/authorization",
      fill: { Title: "{marker}", Note: "Written by the auth test kit." },
      submit: "Add note",
    },
  ],
  records: [
    {
      name: "note",
      paths: [
        "/api/examples/authorization/notes/:id",
        "/examples/authorization/:id",
      ],
      change: { title: "Changed by another user", body: "Not theirs." },
      async create(page, marker) {
        await page.goto("/examples/authorization");
        await page.getByLabel("Title").fill(marker);
        await page.getByLabel("Note").fill("Only its owner may read this.");
        await page.getByRole("button", { name: "Add note" }).click();
        const link = page.getByRole("link", { name: marker });
        const href = await link.getAttribute("href");
        return href!.split("/").pop()!;
      },
    },
  ],
  async expireSession(token) {
    await prisma.session.update({
      where: { token },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
  },
};

export default config;
