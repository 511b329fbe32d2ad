// Authorization: two real readers. The owner's note must be out of reach of
// the other reader in the page, in the Server Actions and in the route
// handler, and the database read back proves that nothing was written.
import { expect, test, type Reader, type TestDatabase } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { postNoteForm } from "./support/notes";
import { expectStreamedNotFound } from "./support/redirects";
import { liveExample } from "./support/live-preview";

const NO_SUCH_NOTE = "You have no note with that id, so nothing was changed.";

// The first test walks the whole flow, then loads the docs page: allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

/** Another reader, who owns one note. */
async function ownerWithNote(
  anotherReader: (name: string) => Promise<Reader>,
  db: TestDatabase,
) {
  const { request, account: owner } = await anotherReader("Note owner");
  const created = await postNoteForm(
    request,
    "/examples/authorization",
    "new-note-form",
    { title: "Owner plans", body: "Private: the surprise party is on Friday." },
  );
  expect(created.message).toBe("Added “Owner plans”.");
  const [note] = db.notesOf(owner.id);
  return { request, owner, note };
}

test("a reader adds, edits and deletes their own notes; bad input changes nothing", async ({
  page,
  signedIn,
  db,
}) => {
  await page.goto("/examples/authorization");
  await expect(page.getByText("You have no notes yet.")).toBeVisible();

  const newForm = page.getByTestId("new-note-form");
  await newForm.getByLabel("Title", { exact: true }).fill("   ");
  await newForm.getByLabel("Note", { exact: true }).fill("Milk, eggs");
  await newForm.getByRole("button", { name: "Add note" }).click();
  await expect(newForm.getByTestId("action-result")).toHaveText(
    "Give the note a title: it can't be empty or only spaces.",
  );
  // What the reader typed survives the refusal.
  await expect(newForm.getByLabel("Note", { exact: true })).toHaveValue(
    "Milk, eggs",
  );
  expect(db.notesOf(signedIn.id)).toEqual([]);

  await newForm.getByLabel("Title", { exact: true }).fill("Groceries");
  await newForm.getByRole("button", { name: "Add note" }).click();
  await expect(newForm.getByTestId("action-result")).toHaveText(
    "Added “Groceries”.",
  );
  await page.getByRole("link", { name: "Groceries" }).click();
  await expect(page.getByTestId("note-title")).toHaveText("Groceries");

  const editForm = page.getByTestId("edit-note-form");
  await editForm.getByLabel("Title", { exact: true }).fill("x".repeat(121));
  await editForm.getByRole("button", { name: "Save note" }).click();
  await expect(editForm.getByTestId("action-result")).toHaveText(
    "Use at most 120 characters for the title.",
  );
  expect(db.notesOf(signedIn.id)).toMatchObject([
    { title: "Groceries", body: "Milk, eggs" },
  ]);

  await editForm
    .getByLabel("Title", { exact: true })
    .fill("Groceries for Sunday");
  await editForm.getByRole("button", { name: "Save note" }).click();
  await expect(editForm.getByTestId("action-result")).toHaveText("Saved.");
  await expect(page.getByTestId("note-title")).toHaveText(
    "Groceries for Sunday",
  );
  expect(db.notesOf(signedIn.id)).toMatchObject([
    { title: "Groceries for Sunday", body: "Milk, eggs" },
  ]);

  // The note page is left out of the accessibility spec's route list (it needs a real id): check it here.
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Delete note" }).click();
  await expect(page).toHaveURL(/\/examples\/authorization$/);
  await expect(page.getByText("You have no notes yet.")).toBeVisible();
  expect(db.notesOf(signedIn.id)).toEqual([]);

  // The docs page runs the same example and shows the signed-out answer.
  await page.goto("/authorization");
  // The frame loads lazily, and it sits below several code blocks.
  await expect(
    (await liveExample(page, "Live notes example")).getByRole("heading", {
      name: "Your notes",
    }),
  ).toBeVisible();
  await page
    .getByRole("button", { name: "Request it as a signed-out visitor" })
    .click();
  await expect(page.getByTestId("signed-out-status")).toHaveText(/^401/);
  await expect(page.getByTestId("signed-out-details")).toContainText(
    '{"error":"Unauthorized"}',
  );
});

test("another reader's note: 404 in the page and the handler, refused by the actions, nothing written", async ({
  page,
  signedIn,
  anotherReader,
  request,
  db,
}) => {
  const {
    request: ownerRequest,
    owner,
    note,
  } = await ownerWithNote(anotherReader, db);
  const reader = page.context().request;
  // The reader's own note, whose page holds the edit and delete forms they tamper with.
  await postNoteForm(reader, "/examples/authorization", "new-note-form", {
    title: "Reader note",
    body: "",
  });
  const [own] = db.notesOf(signedIn.id);

  // The page: the same not-found as for an id that does not exist, so the answer does not reveal that
  // the note exists. Under Cache Components notFound() runs after the response started: a 200, noindex.
  await expectStreamedNotFound(
    await reader.get(`/examples/authorization/${note.id}`),
  );
  await expectStreamedNotFound(
    await reader.get("/examples/authorization/no-such-note"),
  );
  // The not-found page is streamed: read the body once it has arrived.
  const notFound = page.getByText("This page could not be found.");
  await page.goto(`/examples/authorization/${note.id}`);
  await expect(notFound).toBeVisible();
  const theirsText = await page.locator("body").innerText();
  expect(theirsText).not.toContain(note.title);
  await page.goto("/examples/authorization/no-such-note");
  await expect(notFound).toBeVisible();
  expect(await page.locator("body").innerText()).toBe(theirsText);
  await page.goto("/examples/authorization");
  await expect(page.getByRole("link", { name: "Reader note" })).toBeVisible();
  await expect(page.getByText(note.title)).toHaveCount(0);

  // The actions, posted without JavaScript from the reader's own note page with the owner's note id swapped in.
  const ownPage = `/examples/authorization/${own.id}`;
  const edit = await postNoteForm(reader, ownPage, "edit-note-form", {
    id: note.id,
    title: "Changed by another reader",
    body: "",
  });
  expect(edit.message).toBe(NO_SUCH_NOTE);
  const remove = await postNoteForm(reader, ownPage, "delete-note-form", {
    id: note.id,
  });
  expect(remove.message).toBe(NO_SUCH_NOTE);
  // An ownerId sent with a new note is ignored: the note is filed under the session's user.
  const planted = await postNoteForm(
    reader,
    "/examples/authorization",
    "new-note-form",
    { title: "Planted", body: "", ownerId: owner.id },
  );
  expect(planted.message).toBe("Added “Planted”.");
  expect(db.notesOf(signedIn.id).map((n) => n.title)).toEqual([
    "Reader note",
    "Planted",
  ]);

  // The route handler: 404 for every method, exactly as for a made-up id; 401 without a session.
  for (const method of ["GET", "PUT", "DELETE"]) {
    const options = {
      method,
      data:
        method === "PUT"
          ? { title: "Changed by another reader", body: "" }
          : undefined,
    };
    for (const id of [note.id, "no-such-note"]) {
      const response = await reader.fetch(
        `/api/examples/authorization/notes/${id}`,
        options,
      );
      expect(response.status(), `${method} ${id}`).toBe(404);
      expect(await response.json()).toEqual({ error: "Not found" });
    }
    const signedOut = await request.fetch(
      `/api/examples/authorization/notes/${note.id}`,
      options,
    );
    expect(signedOut.status(), `${method} signed out`).toBe(401);
  }

  // The owner still has the note, unchanged, and reads it through the same handler.
  expect(db.notesOf(owner.id)).toEqual([note]);
  const ownerRead = await ownerRequest.get(
    `/api/examples/authorization/notes/${note.id}`,
  );
  expect(ownerRead.status()).toBe(200);
  expect(ownerRead.headers()["cache-control"]).toBe("private, no-store");
  expect((await ownerRead.json()).note).toMatchObject({
    id: note.id,
    title: note.title,
    body: note.body,
  });
});

test("the common version only checks for a session: it hands over and changes a note that is not the reader's; the site's fence keeps it to the reader's second reader", async ({
  page,
  signedIn,
  anotherReader,
  request,
  db,
}) => {
  const reader = page.context().request;
  const made = await reader.post(
    "/api/examples/authorization/trap/second-reader",
  );
  expect(made.status()).toBe(200);
  const { reader: second, note } = await made.json();
  expect(second.name).toBe(`Second reader of ${signedIn.name}`);
  expect(db.note(note.id)?.ownerId).toBe(second.id);
  // Asking again gives the same second reader, not another one.
  expect(
    (
      await (
        await reader.post("/api/examples/authorization/trap/second-reader")
      ).json()
    ).note.id,
  ).toBe(note.id);

  // The fixed handler refuses the note: it is not the reader's...
  expect(
    (await reader.get(`/api/examples/authorization/notes/${note.id}`)).status(),
  ).toBe(404);
  // ...the common one hands it over, owner included, and writes to it.
  const read = await reader.get(
    `/api/examples/authorization/trap/notes/${note.id}`,
  );
  expect(read.status()).toBe(200);
  expect((await read.json()).note).toMatchObject({
    title: note.title,
    body: note.body,
    ownerId: second.id,
  });
  const write = await reader.put(
    `/api/examples/authorization/trap/notes/${note.id}`,
    {
      data: { title: "Changed by another reader", body: "" },
    },
  );
  expect(write.status()).toBe(200);
  expect(db.note(note.id)).toMatchObject({
    title: "Changed by another reader",
    body: "",
    ownerId: second.id,
  });

  // A real reader's note: the fence answers 404 before the trap runs, for both methods, and nothing changes.
  const { note: othersNote } = await ownerWithNote(anotherReader, db);
  expect(
    (
      await reader.get(
        `/api/examples/authorization/trap/notes/${othersNote.id}`,
      )
    ).status(),
  ).toBe(404);
  const refused = await reader.put(
    `/api/examples/authorization/trap/notes/${othersNote.id}`,
    {
      data: { title: "Changed by another reader", body: "" },
    },
  );
  expect(refused.status()).toBe(404);
  expect(db.note(othersNote.id)).toEqual(othersNote);
  // Signed out, the trap's own check answers, and the second reader cannot be asked for.
  expect(
    (
      await request.get(`/api/examples/authorization/trap/notes/${note.id}`)
    ).status(),
  ).toBe(401);
  expect(
    (
      await request.post("/api/examples/authorization/trap/second-reader")
    ).status(),
  ).toBe(401);
});
