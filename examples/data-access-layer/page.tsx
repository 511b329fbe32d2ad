import { listMySessions, requireUser } from "./dal";
import { SignOutOthersForm } from "./sign-out-others-form";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

export default async function SessionsPage() {
  // Both calls share one session lookup: verifySession() is cached per request.
  const user = await requireUser("/examples/data-access-layer");
  const sessions = (await listMySessions()) ?? [];

  return (
    <main className="example-page">
      <h1>Your sessions, {user.name}</h1>
      <p>Everything this page received about you from the data access layer:</p>
      <pre data-testid="user-dto">{JSON.stringify(user, null, 2)}</pre>
      <p data-testid="session-count">Active sessions: {sessions.length}</p>
      <ul data-testid="sessions">
        {sessions.map((session, index) => (
          <li key={index}>
            {session.current ? "This browser" : "Another device"}, signed in at{" "}
            {session.createdAt.toISOString()}
            {session.userAgent ? ` (${session.userAgent.slice(0, 60)})` : ""}
          </li>
        ))}
      </ul>
      <SignOutOthersForm />
    </main>
  );
}
