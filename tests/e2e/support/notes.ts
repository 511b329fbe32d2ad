// Posts one of the notes forms the way a browser without JavaScript does.
import type { APIRequestContext } from "@playwright/test";
import { BASE_URL } from "../test-env";
import { inlinedFormState } from "../../../lib/signed-out-request";
import { actionMessage, formMarkup, postForm } from "./form-post";

/** Posts the form marked data-testid=`form` on `path`; returns that form's message in the answer. */
export async function postNoteForm(
  request: APIRequestContext,
  path: string,
  form: string,
  fields: Record<string, string>,
) {
  const { status, html } = await postForm(request, path, fields, {
    origin: BASE_URL,
    form,
  });
  if (status !== 200) return { status, message: undefined };
  // The form's own status line, or (Cache Components) the state inlined for hydration.
  return {
    status,
    message:
      actionMessage(formMarkup(html, form)) || inlinedFormState(html)?.message,
  };
}
