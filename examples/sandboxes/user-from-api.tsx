import { useEffect, useState } from "react";
import { askDocsPage, type DocsPageReply } from "./docs-page-bridge";

type User = { name: string; email: string };

// In your app: const response = await fetch("/api/user");
export default function App() {
  const [reply, setReply] = useState<DocsPageReply | null>(null);

  function send() {
    askDocsPage("GET /api/user").then(
      (answer) => {
        console.log("GET /api/user answered", answer);
        setReply(answer);
      },
      (error: Error) => setReply({ refused: error.message }),
    );
  }
  useEffect(send, []);

  function sendAgain() {
    setReply(null);
    send();
  }

  return (
    <main>
      <h1>GET /api/user</h1>
      <Result reply={reply} />
      <button onClick={sendAgain}>Send again</button>
    </main>
  );
}

function Result({ reply }: { reply: DocsPageReply | null }) {
  if (reply === null) return <p>Waiting for the answer…</p>;
  if ("refused" in reply) {
    return <p className="error">Refused: {reply.refused}</p>;
  }
  if (reply.status === 401) {
    return (
      <p className="error">
        401 Unauthorized: sign in on the docs site, then send again.
      </p>
    );
  }
  const { user } = reply.body as { user: User };
  return (
    <p className="ok">
      {reply.status}: signed in as <strong>{user.name}</strong> ({user.email})
    </p>
  );
}
