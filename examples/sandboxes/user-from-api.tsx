import { useEffect, useState } from "react";

type User = { name: string; email: string };
type Answer = { status: number; user?: User } | { failed: string };

async function askForUser(): Promise<Answer> {
  try {
    const response = await fetch("/api/user");
    const body = await response.json();
    console.log("GET /api/user answered", response.status, body);
    return { status: response.status, user: body.user };
  } catch (error) {
    return { failed: (error as Error).message };
  }
}

export default function App() {
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    void askForUser().then(setAnswer);
  }, []);

  function sendAgain() {
    setAnswer(null);
    void askForUser().then(setAnswer);
  }

  return (
    <main>
      <h1>GET /api/user</h1>
      <Result answer={answer} />
      <button onClick={sendAgain}>Send again</button>
    </main>
  );
}

function Result({ answer }: { answer: Answer | null }) {
  if (answer === null) return <p>Waiting for the answer…</p>;
  if ("failed" in answer) {
    return <p className="error">{answer.failed}</p>;
  }
  if (answer.status === 401) {
    return (
      <p className="error">
        401 Unauthorized: sign in on the docs site, then send again.
      </p>
    );
  }
  return (
    <p className="ok">
      {answer.status}: signed in as <strong>{answer.user?.name}</strong> (
      {answer.user?.email})
    </p>
  );
}
