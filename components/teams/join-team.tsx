import Link from "next/link";
import { joinTeam } from "@/lib/teams/team-actions";
import { TeamActionForm } from "./team-action-form";
import "./teams.css";

export function JoinTeam({
  token,
  team,
  alreadyMember,
}: {
  token: string;
  team: { id: string; name: string } | null;
  alreadyMember: boolean;
}) {
  if (!team) {
    return (
      <main className="site-page" data-testid="join-team">
        <h1>This invite link no longer works</h1>
        <p>
          The team&apos;s owner may have revoked it or made a new one. Ask them
          for the current link.
        </p>
      </main>
    );
  }
  return (
    <main className="site-page" data-testid="join-team">
      <h1>Join {team.name}</h1>
      {alreadyMember ? (
        <p>
          You are already a member.{" "}
          <Link href={`/teams/${team.id}`}>Open the team page</Link>.
        </p>
      ) : (
        <>
          <p>
            Its members will see your progress through the course, and you will
            see theirs.
          </p>
          <TeamActionForm
            action={joinTeam}
            hidden={{ token }}
            submitLabel={`Join ${team.name}`}
            testId="join-team-form"
          />
        </>
      )}
    </main>
  );
}
