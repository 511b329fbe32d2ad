import { useEffect, useState } from "react";

type Answer = { status: number; body: unknown } | { failed: string };

async function ask(path: string): Promise<Answer> {
  try {
    const response = await fetch(path);
    return { status: response.status, body: await response.json() };
  } catch (error) {
    return { failed: (error as Error).message };
  }
}

// Three questions a client can ask about the session, and what it gets.
export default function App() {
  const [user, setUser] = useState<Answer | null>(null);
  const [session, setSession] = useState<Answer | null>(null);

  useEffect(() => {
    void ask("/api/user").then(setUser);
    // Better Auth's own endpoint answers the whole session, token included:
    // the docs page does not pass it on.
    void ask("/api/auth/get-session").then(setSession);
  }, []);

  return (
    <main>
      <h1>What this client can see</h1>
      <dl>
        <dt>document.cookie</dt>
        <dd data-check="cookie">
          {JSON.stringify(document.cookie)}: the session cookie is HttpOnly and
          belongs to the docs site.
        </dd>
        <dt>GET /api/user</dt>
        <dd data-check="user">
          <Reply answer={user} />
        </dd>
        <dt>GET /api/auth/get-session</dt>
        <dd data-check="session">
          <Reply answer={session} />
        </dd>
      </dl>
    </main>
  );
}

function Reply({ answer }: { answer: Answer | null }) {
  if (answer === null) return <>Asking…</>;
  if ("failed" in answer) {
    return <span className="error">{answer.failed}</span>;
  }
  return (
    <>
      Status {answer.status}
      <pre>{JSON.stringify(answer.body, null, 2)}</pre>
    </>
  );
}
