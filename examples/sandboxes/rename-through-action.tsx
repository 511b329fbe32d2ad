import { useActionState } from "react";
import { updateDisplayName } from "./actions";

// The form calls the action, as lesson 3's form does in your app.
export default function App() {
  const [state, formAction, pending] = useActionState(updateDisplayName, null);

  return (
    <main>
      <h1>Rename through the Server Action</h1>
      <form action={formAction}>
        <label htmlFor="name">New display name</label>
        <input id="name" name="name" defaultValue="Ada Lovelace" />
        <button disabled={pending}>{pending ? "Saving…" : "Save"}</button>
      </form>
      {state && <p className={state.ok ? "ok" : "error"}>{state.message}</p>}
    </main>
  );
}
