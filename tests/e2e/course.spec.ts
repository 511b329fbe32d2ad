// The course: every lesson ends with a check the server grades, and a
// signed-in reader's answers and "done" marks are saved through protected
// Server Actions. The sidebar and the landing page show them in the first
// HTML the server sends (no flash), and "My progress" lists them.
import { LESSONS } from "../../lib/course/lessons";
import { expect, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { postForm } from "./support/form-post";
import { BASE_URL } from "./test-env";
import { expectStreamedRedirect } from "./support/redirects";

const RIGHT = "401 with the JSON error Unauthorized";
const WRONG = "307, a redirect to /login";

test.describe.configure({ timeout: 60_000 });

test("signed out, a reader can answer a check but nothing is saved, and is invited to sign in", async ({
  page,
}) => {
  await page.goto("/route-handler");
  const lessonEnd = page.getByTestId("lesson-end");
  await lessonEnd.getByLabel(RIGHT).check();
  await lessonEnd.getByRole("button", { name: "Check answer" }).click();
  await expect(lessonEnd.getByTestId("lesson-check-result")).toContainText(
    "Correct. Sign in to save your answers and progress.",
  );
  await expect(
    lessonEnd
      .getByTestId("sign-in-to-save")
      .getByRole("link", { name: "Sign in" }),
  ).toHaveAttribute("href", "/login?next=%2Froute-handler");
  await expect(
    lessonEnd.getByRole("button", { name: "Mark lesson done" }),
  ).toHaveCount(0);
  await expect(page.getByTestId("sidebar-progress").first()).toContainText(
    "Sign in to save your progress.",
  );
});

test("a signed-in reader's answers and done marks are saved, shown server-rendered everywhere, and listed on My progress", async ({
  page,
  signedIn,
  db,
  request,
}) => {
  await page.goto("/route-handler");
  const lessonEnd = page.getByTestId("lesson-end");
  await lessonEnd.getByLabel(WRONG).check();
  await lessonEnd.getByRole("button", { name: "Check answer" }).click();
  await expect(lessonEnd.getByTestId("lesson-check-result")).toContainText(
    "Not quite. Your answer is saved.",
  );
  expect(db.progress(signedIn.id, "route-handler")).toMatchObject({
    answer: "redirect-307",
    answerCorrect: 0,
    completedAt: null,
  });

  await lessonEnd.getByLabel(RIGHT).check();
  await lessonEnd.getByRole("button", { name: "Check answer" }).click();
  await expect(lessonEnd.getByTestId("lesson-check-result")).toContainText(
    "Correct. Your answer is saved.",
  );
  expect(db.progress(signedIn.id, "route-handler")).toMatchObject({
    answer: "json-401",
    answerCorrect: 1,
  });

  await lessonEnd.getByRole("button", { name: "Mark lesson done" }).click();
  await expect(
    lessonEnd.getByRole("button", { name: "Mark as not done" }),
  ).toBeVisible();
  await expect(lessonEnd.getByRole("status").last()).toHaveText(
    "Marked “4. Protected Route Handler” done.",
  );
  expect(db.progress(signedIn.id, "route-handler")?.completedAt).not.toBeNull();
  // The sidebar changed in the same response.
  await expect(page.getByTestId("sidebar-progress").first()).toContainText(
    `1 of ${LESSONS.length} lessons done`,
  );

  // No flash: the HTML the server sends, before any JavaScript, already says so.
  // (React separates text parts with <!-- --> comments.)
  const html = (
    await (await page.context().request.get("/")).text()
  ).replaceAll("<!-- -->", "");
  expect(
    html.includes(`My progress</a>: 1 of ${LESSONS.length} lessons done`),
    "the sidebar's count in the HTML",
  ).toBe(true);
  expect(
    html.includes(`data-testid="navbar-user-name">${signedIn.name}</span>`),
    "the reader's name in the HTML",
  ).toBe(true);
  const doneInSidebar =
    /4\. Protected Route Handler<span aria-hidden="true" class="course-done-mark" data-shown="true">✓<\/span><span class="visually-hidden"> \(done\)<\/span>/;
  expect(doneInSidebar.test(html), "the sidebar's done mark in the HTML").toBe(
    true,
  );
  // The landing page marks the lesson done.
  await page.goto("/");
  await expect(
    page
      .getByTestId("course-overview")
      .locator('[data-lesson="route-handler"]'),
  ).toContainText("✓ done");

  await page.goto("/progress");
  const row = page
    .getByTestId("my-progress")
    .locator('tr[data-lesson="route-handler"]');
  await expect(row).toContainText(`“${RIGHT}” correct`);
  await expect(row.locator("td").first().locator("time")).toBeVisible();
  await expect(
    page.getByTestId("my-progress").locator('tr[data-lesson="proxy"]'),
  ).toContainText("Not yetNot answered");

  // Signed out, "My progress" sends the reader to sign in and come back.
  await expectStreamedRedirect(
    await request.get("/progress", { maxRedirects: 0 }),
    "/login?next=/progress",
  );
});

test("the actions check the session and their input themselves: bad or signed-out posts change nothing", async ({
  page,
  signedIn,
  db,
  request,
}) => {
  const asReader = page.context().request;
  const post = (fields: Record<string, string>, form: string, as = asReader) =>
    postForm(as, "/route-handler", fields, {
      origin: BASE_URL,
      form,
      from: asReader,
    });

  const unknownLesson = await post(
    { lesson: "not-a-lesson", answer: "json-401" },
    "lesson-check",
  );
  expect(unknownLesson.html).toContain(
    "That lesson does not exist, so there is nothing to check.",
  );
  const unknownOption = await post(
    { lesson: "route-handler", answer: "made-up" },
    "lesson-check",
  );
  expect(unknownOption.html).toContain("Choose one of the answers.");
  const badDone = await post(
    { lesson: "route-handler", done: "maybe" },
    "lesson-done",
  );
  expect(badDone.html).toContain("Send done as true or false.");
  const noLesson = await post(
    { lesson: "../../etc", done: "true" },
    "lesson-done",
  );
  expect(noLesson.html).toContain(
    "That lesson does not exist, so nothing was saved.",
  );
  expect(db.countProgressRows(signedIn.id)).toBe(0);

  // The "Mark lesson done" form the reader was shown, posted without a session.
  const signedOut = await post(
    { lesson: "route-handler", done: "true" },
    "lesson-done",
    request,
  );
  expect(signedOut.html).toContain(
    "You are signed out, so nothing was saved. Sign in and try again.",
  );
  expect(db.countProgressRows(signedIn.id)).toBe(0);
});

// signedIn: the lesson end of a signed-in reader, with its "Mark lesson done" form.
test("at phone width the lesson check works from the keyboard and passes axe in light and dark mode", async ({
  page,
  signedIn: _reader,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/route-handler");
  const lessonEnd = page.getByTestId("lesson-end");
  await lessonEnd.getByLabel(WRONG).focus();
  // Arrow keys move between the answers of one question, as in any radio group.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(lessonEnd.getByLabel("200 with user: null")).toBeChecked();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Tab");
  await expect(
    lessonEnd.getByRole("button", { name: "Check answer" }),
  ).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(lessonEnd.getByTestId("lesson-check-result")).toContainText(
    "Not quite.",
  );

  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator("html")).toHaveClass(
      new RegExp(`\\b${colorScheme}\\b`),
    );
    expect(
      await seriousViolations(page, { include: '[data-testid="lesson-end"]' }),
      colorScheme,
    ).toEqual([]);
  }
});
