import { BASE_URL } from "./test-env";
import { expect, test } from "./fixtures";

test("GET /api/user answers 200 with the user for a session", async ({
  page,
  signedIn,
}) => {
  const response = await page.context().request.get("/api/user");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  const { user } = await response.json();
  expect(user).toMatchObject({
    id: signedIn.id,
    name: signedIn.name,
    email: signedIn.email,
  });
  expect(JSON.stringify(user)).not.toMatch(/token|password/i);
});

test("GET /api/user answers 401 JSON without a session", async ({
  request,
}) => {
  const response = await request.get("/api/user");
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toEqual({ error: "Unauthorized" });
});

test("HEAD runs the GET handler (Next.js implements it): 401 without a session, 200 with one, never a body", async ({
  request,
  page,
  signedIn,
}) => {
  void signedIn;
  const signedOut = await request.fetch("/api/user", { method: "HEAD" });
  expect(signedOut.status()).toBe(401);
  expect((await signedOut.body()).length).toBe(0);
  const reader = await page
    .context()
    .request.fetch("/api/user", { method: "HEAD" });
  expect(reader.status()).toBe(200);
  expect(reader.headers()["cache-control"]).toContain("no-store");
  expect((await reader.body()).length).toBe(0);
});

test("OPTIONS is answered by Next.js itself: 204 with the methods the route allows", async ({
  request,
}) => {
  const response = await request.fetch("/api/user", { method: "OPTIONS" });
  expect(response.status()).toBe(204);
  expect(response.headers().allow).toBe("GET, HEAD, OPTIONS");
});

for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
  test(`${method} /api/user answers 405`, async ({ request }) => {
    const response = await request.fetch("/api/user", {
      method,
      headers: { origin: BASE_URL },
    });
    expect(response.status()).toBe(405);
  });
}

test("the Send request control shows the real response with and without the session", async ({
  page,
  signedIn,
}) => {
  await page.goto("/route-handler");
  await page
    .getByRole("button", { name: "Send request with my session" })
    .click();
  await expect(page.getByTestId("inspector-status")).toHaveText(/^200/);
  await expect(page.getByTestId("inspector-body")).toContainText(
    `"name": "${signedIn.name}"`,
  );

  await page.getByRole("button", { name: "Send without a session" }).click();
  await expect(page.getByTestId("inspector-status")).toHaveText(/^401/);
  await expect(page.getByTestId("inspector-body")).toContainText(
    '"error": "Unauthorized"',
  );

  await page.getByLabel("Method").selectOption("DELETE");
  await page
    .getByRole("button", { name: "Send request with my session" })
    .click();
  await expect(page.getByTestId("inspector-status")).toHaveText(/^405/);
});
