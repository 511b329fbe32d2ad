import { chromium } from "@playwright/test";
import { launchOptions } from "/work/main/scripts/browser";
import { runSandpackOffline } from "/work/main/tests/e2e/support/sandpack-offline";
const base = process.env.BASE ?? "http://localhost:3300";
const browser = await chromium.launch(launchOptions());
const context = await browser.newContext({ serviceWorkers: "block", colorScheme: process.env.DARK ? "dark" : "light", viewport: process.env.PHONE ? { width: 390, height: 844 } : { width: 1280, height: 900 } });
const log = await runSandpackOffline(context, base);
const page = await context.newPage();
if (process.env.SIGNUP) {
  const r = await context.request.post(base + "/api/auth/sign-up/email", { data: { name: "Sandbox Sam", email: `s-${Date.now()}@example.com`, password: "correct horse battery" }, headers: { origin: base } });
  console.log("signup", r.status());
}
page.on("console", (m) => { if (m.type() === "error" && !m.text().includes("INTERNET_DISCONNECTED") && !m.text().includes("Failed to fetch")) console.log("console:", m.text().slice(0, 200)); });
await page.goto(base + (process.env.PATH_ ?? "/route-handler"), { timeout: 120000 });
await page.getByTestId("sandbox-placeholder").scrollIntoViewIfNeeded();
const t = Date.now();
try {
  const frame = page.frameLocator(".sandbox iframe");
  await frame.locator("main").waitFor({ timeout: 60000 });
  console.log("rendered in", Date.now() - t, "ms:", await frame.locator("main").innerText());
  await frame.locator("main").getByText(process.env.EXPECT ?? "401").waitFor({ timeout: 15000 });
  console.log("answered in", Date.now() - t, "ms:", await frame.locator("main").innerText());
} catch (e) { console.log("fail", String(e).slice(0, 300)); }
if (process.env.FILL) {
  const frame = page.frameLocator(".sandbox iframe");
  await frame.getByLabel("New display name").fill(process.env.FILL);
  await frame.getByRole("button", { name: "Save" }).click();
  await frame.locator("p.ok, p.error").waitFor();
  console.log("after save:", await frame.locator("main").innerText());
  await page.waitForTimeout(1500);
  console.log("navbar:", await page.locator("nav").innerText());
}
await page.locator(".sandbox").first().scrollIntoViewIfNeeded();
await page.waitForTimeout(500);
await page.locator(".sandbox").first().screenshot({ path: process.env.SHOT ?? "/tmp/sp.png" });
console.log("served", log.served.filter(s=>!s.startsWith("/")), "aborted", log.aborted.slice(0, 20));
await browser.close();
