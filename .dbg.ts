import { request } from "@playwright/test";
import { startProductionServer } from "./scripts/production-server";
import { postForm } from "./tests/e2e/support/form-post";
const server = await startProductionServer();
try {
  const client = await request.newContext({ baseURL: server.url, extraHTTPHeaders: { "x-forwarded-for": "2001:db8:1::1" } });
  const { status, html, location } = await postForm(client, "/examples/sign-in-action", { email: "a@example.com", password: "wrong password" }, { origin: server.url });
  console.log(status, location, html.length);
  const i = html.indexOf("match an account"); console.log(i, html.slice(Math.max(0, i - 300), i + 100));
  const j = html.indexOf("self.__next_f.push([2,"); console.log(j, html.slice(j, j+200));
} finally { await server.stop(); }
