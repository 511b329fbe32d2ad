// Auth and caching with real accounts. The trap hands the name of the account
// that filled a shared entry to the next one (on this site, only among one
// reader's own accounts); the fix shares only the statistics and caches each
// reader's notes under their own id.
import { randomInt, randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { liveExample } from "./support/live-preview";

// The trap's ?round= is part of its cache key (the reader never is): a fresh entry per test.
const freshRound = () => String(randomInt(1, 1_000_000));

// The second test also loads the docs page: allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

test("the trap: the reader is greeted with the name of the account that filled the entry before them", async ({
  page,
  signedIn,
}) => {
  const round = freshRound();
  const secondReaderName = `Second reader of ${signedIn.name}`;

  // The reader's own second account calls the trap's getWelcome() first...
  await page.goto(
    `/examples/auth-and-caching/trap?round=${round}&visitor=second-reader`,
  );
  await expect(page.getByTestId("second-reader-welcome")).toHaveText(
    `They were greeted: “Welcome back, ${secondReaderName}!”`,
  );

  await page.goto(`/examples/auth-and-caching/trap?round=${round}`);
  // ...the reader's own session, read outside the cache, knows who they are...
  await expect(page.getByTestId("session-name")).toContainText(signedIn.name);
  // ...and the greeting is the second reader's, from the same cache entry.
  await expect(page.getByTestId("cached-welcome")).toHaveText(
    `Welcome back, ${secondReaderName}!`,
  );
});

test("the trap is fenced on this public site: another real reader on the same round never gets the first reader's entry", async ({
  page,
  signedIn,
  anotherReader,
}) => {
  const other = await anotherReader();
  const url = `/examples/auth-and-caching/trap?round=${freshRound()}`;

  await page.goto(url);
  await expect(page.getByTestId("cached-welcome")).toHaveText(
    `Welcome back, ${signedIn.name}!`,
  );

  await other.page.goto(url);
  await expect(other.page.getByTestId("cached-welcome")).toHaveText(
    `Welcome back, ${other.account.name}!`,
  );
  expect(await other.page.content()).not.toContain(signedIn.name);
});

test("the fix: each reader sees only their own name and notes; the statistics are one entry, the notes one per reader", async ({
  page,
  signedIn,
  anotherReader,
}) => {
  const other = await anotherReader();
  const url = "/examples/auth-and-caching";

  const response = await page.goto(url);
  // The page streams a per-reader part, so Next.js forbids shared caches (CDNs) to keep it.
  expect(response?.headers()["cache-control"]).toBe(
    "private, no-cache, no-store, max-age=0, must-revalidate",
  );
  await expect(page.getByTestId("welcome")).toHaveText(
    `Welcome back, ${signedIn.name}!`,
  );

  await other.page.goto(url);
  await expect(other.page.getByTestId("welcome")).toHaveText(
    `Welcome back, ${other.account.name}!`,
  );
  // Not in the page, nor in the RSC payload inlined into it.
  expect(await other.page.content()).not.toContain(signedIn.name);

  // A note added through the action: updateTag ends this reader's entry, so
  // the answer shows it at once, from a new entry. The other reader's entry stays.
  const cachedAt = (reader: typeof page) =>
    reader.getByTestId("my-notes-cached-at").textContent();
  const before = await cachedAt(page);
  await page.reload();
  expect(
    await cachedAt(page),
    "a reload is served from the reader's entry",
  ).toBe(before);
  const title = `Cached note ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("New note").fill(title);
  await page.getByRole("button", { name: "Add a note" }).click();
  await expect(page.getByTestId("add-note-result")).toHaveText(
    `Added “${title}”.`,
  );
  await expect(page.getByTestId("my-notes")).toContainText(title);
  expect(await cachedAt(page)).not.toBe(before);
  await other.page.reload();
  await expect(other.page.getByTestId("my-notes")).not.toContainText(title);
  expect(await other.page.content()).not.toContain(title);

  // Bad input changes nothing.
  await page.getByLabel("New note").fill("   ");
  await page.getByRole("button", { name: "Add a note" }).click();
  await expect(page.getByTestId("add-note-result")).toHaveText(
    "Give the note a title: it can't be empty or only spaces.",
  );

  // Both readers are served the same statistics: the same generatedAt, to
  // the millisecond. A new entry can come between two reads (the entry is
  // renewed once it is a minute old), so read both until they agree.
  const generatedAt = (reader: typeof page) =>
    reader.getByTestId("stats-generated-at").textContent();
  await expect
    .poll(
      async () => {
        await Promise.all([page.reload(), other.page.reload()]);
        return (await generatedAt(page)) === (await generatedAt(other.page));
      },
      { timeout: 30_000 },
    )
    .toBe(true);

  // The docs page runs the fix live, and a visitor without a session never reaches the trap's cache.
  await page.goto("/auth-and-caching");
  const fix = await liveExample(
    page,
    "Live: three caches, each holding only what it may",
  );
  await expect(fix.getByTestId("welcome")).toHaveText(
    `Welcome back, ${signedIn.name}!`,
  );
  await page
    .getByRole("button", { name: "Request it as a signed-out visitor" })
    .click();
  await expect(page.getByTestId("signed-out-status")).toHaveText(/^200/);
  await expect(page.getByTestId("signed-out-details")).toContainText(
    "NEXT_REDIRECT;replace;/login?next=/examples/auth-and-caching/trap;307;",
  );
});

test("signed out, the fix shows the shared statistics and no reader's part", async ({
  request,
}) => {
  const response = await request.get("/examples/auth-and-caching");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('data-testid="guide-stats"');
  expect(html).toContain("You are signed out.");
  expect(html).not.toContain('data-testid="my-notes"');
});
