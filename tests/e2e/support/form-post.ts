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
  { origin, path = "/examples/server-action" }: { origin: string; path?: string },
) {
  const page = await request.get(path);
  const multipart: Record<string, Part> = { ...Object.fromEntries(hiddenInputs(await page.text())), ...fields };
  const response = await request.post(path, { multipart, headers: { origin }, maxRedirects: 0 });
  return { status: response.status(), html: await response.text() };
}
