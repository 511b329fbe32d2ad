// Helpers for the authorization spec: post one of the notes forms the way a
// browser without JavaScript does, and read notes back from the run's database.
import type { APIRequestContext } from "@playwright/test";
import Database from "better-sqlite3";
import { actionMessage, hiddenInputs } from "../../../lib/signed-out-request";
import { BASE_URL, E2E_DB_FILE } from "../test-env";

export type StoredNote = { id: string; title: string; body: string; ownerId: string };

/**
 * Loads `path` with `request`'s cookie, takes the hidden fields of the form
 * marked data-testid=`form` (the action's id, and the note's id), puts
 * `fields` over them and posts the result. Returns the message that form
 * shows in the page the action answers with.
 */
export async function postNoteForm(request: APIRequestContext, path: string, form: string, fields: Record<string, string>) {
  const page = await request.get(path);
  if (!page.ok()) throw new Error(`GET ${path} answered ${page.status()}`);
  const multipart = { ...Object.fromEntries(hiddenInputs(formMarkup(await page.text(), form))), ...fields };
  const response = await request.post(path, { multipart, headers: { origin: BASE_URL }, maxRedirects: 0 });
  const html = await response.text();
  return { status: response.status(), message: response.status() === 200 ? actionMessage(formMarkup(html, form)) : undefined };
}

// A page can hold several forms, each with its own action fields: keep one.
function formMarkup(html: string, testId: string): string {
  const form = new RegExp(`<form[^>]*data-testid="${testId}"[^>]*>[\\s\\S]*?</form>`).exec(html)?.[0];
  if (!form) throw new Error(`No form with data-testid="${testId}" in the page`);
  return form;
}

function read<T>(query: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB_FILE, { fileMustExist: true, readonly: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

export function storedNote(id: string): StoredNote | undefined {
  return read((db) => db.prepare("SELECT id, title, body, ownerId FROM note WHERE id = ?").get(id) as StoredNote | undefined);
}

export function notesOf(ownerId: string): StoredNote[] {
  return read((db) => db.prepare("SELECT id, title, body, ownerId FROM note WHERE ownerId = ? ORDER BY createdAt").all(ownerId) as StoredNote[]);
}
