import { askDocsPage } from "./docs-page-bridge";

// What the action hands back to useActionState, as in lib/action-state.ts.
export type ActionState = { ok: boolean; message: string } | null;

// Stands in for lesson 3's Server Action (examples/server-action/actions.ts):
// only the docs page can call it with your session, so this asks the page.
// In your app, import the real action from its "use server" file instead.
export async function updateDisplayName(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const name = String(formData.get("name"));
  try {
    const reply = await askDocsPage("action updateDisplayName", { name });
    return "refused" in reply
      ? { ok: false, message: reply.refused }
      : (reply.body as ActionState);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
