import { type FormEvent, useState } from "react";
import { askDocsPage } from "./docs-page-bridge";

type ActionState = { ok: boolean; message: string };

// In your app the form calls the action itself: <form action={updateDisplayName}>.
export default function App() {
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name"));
    setPending(true);
    try {
      const reply = await askDocsPage("action updateDisplayName", { name });
      setState(
        "refused" in reply
          ? { ok: false, message: reply.refused }
          : (reply.body as ActionState),
      );
    } catch (error) {
      setState({ ok: false, message: (error as Error).message });
    } finally {
      setPending(false);
    }
  }

  return (
    <main>
      <h1>Rename through the Server Action</h1>
      <form onSubmit={submit}>
        <label htmlFor="name">New display name</label>
        <input id="name" name="name" defaultValue="Ada Lovelace" />
        <button disabled={pending}>{pending ? "Saving…" : "Save"}</button>
      </form>
      {state && <p className={state.ok ? "ok" : "error"}>{state.message}</p>}
    </main>
  );
}
