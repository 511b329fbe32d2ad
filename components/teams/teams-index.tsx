import Link from "next/link";
import { createTeam } from "@/lib/teams/team-actions";
import { TEAM_NAME_MAX_LENGTH } from "@/lib/validation";
import { TeamActionForm } from "./team-action-form";
import "./teams.css";

type TeamSummary = {
  role: string;
  organization: { id: string; name: string; _count: { members: number } };
};

export function TeamsIndex({ teams }: { teams: TeamSummary[] }) {
  return (
    <main className="site-page" data-testid="teams-index">
      <h1>Teams</h1>
      <p>
        A team follows the course together: its members see each other&apos;s
        progress. Create one, then share its invite link with the people you are
        onboarding. Teams use Better Auth&apos;s organization plugin.
      </p>
      <h2>Your teams</h2>
      {teams.length === 0 ? (
        <p>You are not in a team yet.</p>
      ) : (
        <ul className="teams-list">
          {teams.map(({ role, organization }) => (
            <li key={organization.id}>
              <Link href={`/teams/${organization.id}`}>
                {organization.name}
              </Link>{" "}
              · {role} · {organization._count.members}{" "}
              {organization._count.members === 1 ? "member" : "members"}
            </li>
          ))}
        </ul>
      )}
      <h2>Create a team</h2>
      <TeamActionForm
        action={createTeam}
        submitLabel="Create team"
        testId="create-team"
      >
        <label htmlFor="team-name">Team name</label>
        <input
          id="team-name"
          className="input"
          name="name"
          required
          maxLength={TEAM_NAME_MAX_LENGTH}
          autoComplete="off"
        />
      </TeamActionForm>
    </main>
  );
}
