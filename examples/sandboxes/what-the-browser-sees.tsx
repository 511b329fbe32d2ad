import { useEffect, useState } from "react";
import { askDocsPage, type DocsPageReply } from "./docs-page-bridge";

// Three questions a client can ask about the session, and what it gets.
export default function App() {
  const [user, setUser] = useState<DocsPageReply | null>(null);
  const [session, setSession] = useState<DocsPageReply | null>(null);

  useEffect(() => {
    const failed = (error: Error) => ({ refused: error.message });
    askDocsPage("GET /api/user").then(setUser, (error) =>
      setUser(failed(error)),
    );
    // Better Auth's own endpoint answers the whole session, token included:
    // the docs page does not pass it on.
    askDocsPage("GET /api/auth/get-session").then(setSession, (error) =>
      setSession(failed(error)),
    );
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
          <Reply reply={user} />
        </dd>
        <dt>GET /api/auth/get-session</dt>
        <dd data-check="session">
          <Reply reply={session} />
        </dd>
      </dl>
    </main>
  );
}

function Reply({ reply }: { reply: DocsPageReply | null }) {
  if (reply === null) return <>Asking…</>;
  if ("refused" in reply) {
    return <span className="error">Refused: {reply.refused}</span>;
  }
  return (
    <>
      Status {reply.status}
      <pre>{JSON.stringify(reply.body, null, 2)}</pre>
    </>
  );
}
