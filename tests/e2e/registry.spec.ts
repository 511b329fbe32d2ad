// The shadcn registry at /r/ and what the lesson pages say about it. The
// install itself, into a fresh app with the real CLI, is npm run test:registry.
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { BASE_URL } from "./test-env";

test("/r/<item>.json is the lesson's files as they are on disk, depending on auth-setup at this origin", async ({
  request,
}) => {
  const response = await request.get("/r/server-action.json");
  expect(response.status()).toBe(200);
  const item = await response.json();
  expect(item).toMatchObject({
    name: "server-action",
    type: "registry:item",
    registryDependencies: [`${BASE_URL}/r/auth-setup.json`],
    dependencies: [expect.stringMatching(/^better-auth@\d+\.\d+\.\d+$/)],
  });
  const files = item.files as {
    path: string;
    target: string;
    content: string;
  }[];
  expect(files.map((file) => file.target)).toEqual(
    expect.arrayContaining([
      "~/examples/server-action/actions.ts",
      "~/app/examples/server-action/page.ts",
    ]),
  );
  for (const file of files) {
    expect(file.content, file.path).toBe(readFileSync(file.path, "utf8"));
  }
});

test("/r/registry.json lists every item; an unknown item is a 404 that names the real ones", async ({
  request,
}) => {
  const registry = await (await request.get("/r/registry.json")).json();
  expect(registry.items.map((item: { name: string }) => item.name)).toEqual(
    expect.arrayContaining(["auth-setup", "server-action", "auth-test-kit"]),
  );
  const missing = await request.get("/r/no-such-item.json");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toContain("/r/server-action.json");
});

test("a lesson page offers its item: the command to copy, the files it writes, what comes next", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/server-action");
  const block = page.locator('[data-registry-item="server-action"]');
  const command = `npx shadcn@4 add ${BASE_URL}/r/server-action.json`;
  await expect(block.getByTestId("install-command")).toHaveText(command);
  await expect(
    block
      .getByRole("listitem")
      .filter({ hasText: "examples/server-action/actions.ts" }),
  ).toBeVisible();
  await expect(block.getByRole("link", { name: "auth-setup" })).toHaveAttribute(
    "href",
    "/setup",
  );

  await block.getByRole("button", { name: "Copy command" }).click();
  await expect(block.getByRole("status")).toHaveText("Copied the command.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    command,
  );
});

test("every code block says which tests run its file, linked to the test's line", async ({
  page,
}) => {
  await page.goto("/server-action");
  const actions = page.locator(
    '[data-example-file="examples/server-action/actions.ts"]',
  );
  const testedBy = actions.locator("details.tested-by");
  await expect(testedBy.locator("summary")).toHaveText(
    /^Tested by \d+ tests in \d+ specs$/,
  );
  await testedBy.locator("summary").click();
  const spec = testedBy.getByRole("link", {
    name: "tests/e2e/server-action.spec.ts",
  });
  await expect(spec).toHaveAttribute(
    "href",
    /\/blob\/main\/tests\/e2e\/server-action\.spec\.ts$/,
  );
  const oneTest = testedBy.getByRole("link", {
    name: "signed out in another tab, the action refuses and writes nothing",
  });
  const line = Number((await oneTest.getAttribute("href"))!.split("#L")[1]);
  expect(
    readFileSync("tests/e2e/server-action.spec.ts", "utf8").split("\n")[
      line - 1
    ],
  ).toContain(
    "signed out in another tab, the action refuses and writes nothing",
  );
});

test("the Markdown twin carries the command and the tests", async ({
  request,
}) => {
  const markdown = await (await request.get("/server-action.md")).text();
  expect(markdown).toContain(
    `npx shadcn@4 add ${BASE_URL}/r/server-action.json`,
  );
  expect(markdown).toMatch(
    /Tested by \d+ tests in \d+ specs: .*`tests\/e2e\/server-action.spec.ts`/,
  );
});
