// Submits the name form of /examples/server-action the way a browser without
// JavaScript does: the hidden fields React rendered into the page, plus the
// fields given here, as multipart/form-data. Returns the page HTML it answers with.
import type { APIRequestContext } from "@playwright/test";
import { hiddenInputs } from "../../../lib/signed-out-request";

export { actionMessage } from "../../../lib/signed-out-request";

type Part = string | { name: string; mimeType: string; buffer: Buffer };

export async function postNameForm(
  request: APIRequestContext,
  fields: Record<string, Part>,
  {
    origin,
    path = "/examples/server-action",
  }: { origin: string; path?: string },
) {
  return postForm(request, path, fields, { origin });
}

/**
 * Loads `path` with `request`'s cookie (or `from`'s: to post a form another
 * reader was shown; or takes the page `html` loaded earlier), takes the hidden fields React rendered (only those of the
 * form marked data-testid=`form`, when a page has several), puts `fields` over
 * them and posts the result with `request`'s cookie.
 */
export async function postForm(
  request: APIRequestContext,
  path: string,
  fields: Record<string, Part>,
  {
    origin,
    form,
    from = request,
    html,
  }: { origin: string; form?: string; from?: APIRequestContext; html?: string },
) {
  const pageHtml = html ?? (await pageText(from, path));
  const markup = form ? formMarkup(pageHtml, form) : pageHtml;
  const multipart: Record<string, Part> = {
    ...Object.fromEntries(hiddenInputs(markup)),
    ...fields,
  };
  const response = await request.post(path, {
    multipart,
    headers: { origin },
    maxRedirects: 0,
  });
  return {
    status: response.status(),
    location: response.headers().location,
    html: await response.text(),
  };
}

/** The page as `request`'s reader gets it (to post one of its forms later, pass it as `html`). */
export async function pageText(
  request: APIRequestContext,
  path: string,
): Promise<string> {
  const page = await request.get(path);
  if (!page.ok()) throw new Error(`GET ${path} answered ${page.status()}`);
  return page.text();
}

/** The markup of one form of a page: each form carries its own action fields. */
export function formMarkup(html: string, testId: string): string {
  const form = new RegExp(
    `<form[^>]*data-testid="${testId}"[^>]*>[\\s\\S]*?</form>`,
  ).exec(html)?.[0];
  if (!form) {
    throw new Error(`No form with data-testid="${testId}" in the page`);
  }
  return form;
}
