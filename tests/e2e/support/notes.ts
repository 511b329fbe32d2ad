// Posts one of the notes forms the way a browser without JavaScript does.
import type { APIRequestContext } from "@playwright/test";
import { BASE_URL } from "../test-env";
import { actionMessage, formMarkup, postForm } from "./form-post";

/** Posts the form marked data-testid=`form` on `path`; returns that form's message in the answer. */
export async function postNoteForm(request: APIRequestContext, path: string, form: string, fields: Record<string, string>) {
  const { status, html } = await postForm(request, path, fields, { origin: BASE_URL, form });
  return { status, message: status === 200 ? actionMessage(formMarkup(html, form)) : undefined };
}
