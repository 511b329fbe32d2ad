import Link from "next/link";
import { ProgressBar } from "@/components/course/course-sidebar";
import { ProgressTable } from "@/components/course/my-progress";
import {
  createInviteLink,
  removeMember,
  revokeInviteLink,
  setMemberRole,
} from "@/lib/teams/team-actions";
import { OWNER, type TeamView } from "@/lib/teams/teams";
import { CopyLink } from "./copy-link";
import { TeamActionForm } from "./team-action-form";
import "./teams.css";

type TeamAbilities = {
  manageInviteLink: boolean;
  removeMembers: boolean;
  changeRoles: boolean;
};

const ROLE_NAMES: Record<string, string> = {
  [OWNER]: "the owner",
  admin: "an admin",
  member: "a member",
};

// A team as one of its members sees it. Owners and admins also get the invite
// link and the buttons to manage members; the actions behind them ask again.
export function TeamPage({
  team,
  readerId,
  origin,
  abilities,
}: {
  team: TeamView;
  readerId: string;
  origin: string;
  abilities: TeamAbilities;
}) {
  const manages = abilities.removeMembers || abilities.changeRoles;
  return (
    <main className="site-page" data-testid="team-page">
      <p className="muted">
        <Link href="/teams">Teams</Link>
      </p>
      <h1>{team.name}</h1>
      <p>
        You are {ROLE_NAMES[team.readerRole] ?? team.readerRole} of this team.
        Only members see this page; the owner and admins can invite people and
        manage members.
      </p>

      <h2>Progress</h2>
      <div className="data-table-scroll">
        <table className="data-table" data-testid="team-members">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Role</th>
              <th scope="col">Lessons done</th>
              {manages && <th scope="col">Manage</th>}
            </tr>
          </thead>
          <tbody>
            {team.members.map((member) => (
              <tr key={member.memberId} data-member={member.name}>
                <th scope="row">
                  {member.userId === readerId
                    ? `${member.name} (you)`
                    : member.name}
                </th>
                <td>{member.role}</td>
                <td>
                  {member.done} of {member.progress.length}
                  <ProgressBar
                    done={member.done}
                    total={member.progress.length}
                  />
                </td>
                {manages && (
                  <td>
                    {member.role !== OWNER && member.userId !== readerId && (
                      <div className="team-manage">
                        {abilities.changeRoles && (
                          <TeamActionForm
                            action={setMemberRole}
                            hidden={{
                              teamId: team.id,
                              memberId: member.memberId,
                              role:
                                member.role === "admin" ? "member" : "admin",
                            }}
                            submitLabel={
                              <>
                                {member.role === "admin"
                                  ? "Make member"
                                  : "Make admin"}
                                <span className="visually-hidden">
                                  {" "}
                                  {member.name}
                                </span>
                              </>
                            }
                            testId="set-member-role"
                          />
                        )}
                        {abilities.removeMembers && (
                          <TeamActionForm
                            action={removeMember}
                            hidden={{
                              teamId: team.id,
                              memberId: member.memberId,
                            }}
                            submitLabel={
                              <>
                                Remove
                                <span className="visually-hidden">
                                  {" "}
                                  {member.name}
                                </span>
                              </>
                            }
                            variant="danger"
                            testId="remove-member"
                          />
                        )}
                      </div>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {team.members.map((member) => (
        <details key={member.memberId} className="team-member-details">
          <summary>{member.name}&apos;s lessons and answers</summary>
          <ProgressTable lessons={member.progress} />
        </details>
      ))}

      {abilities.manageInviteLink && (
        <section
          aria-labelledby="invite-heading"
          data-testid="invite-management"
        >
          <h2 id="invite-heading">Invite people</h2>
          <p>
            Anyone who opens the link while signed in (or after creating an
            account) joins as a member. Share it only with your team; create a
            new link or revoke it when it has gone further.
          </p>
          {team.inviteToken && (
            <CopyLink url={`${origin}/teams/join/${team.inviteToken}`} />
          )}
          <div className="team-invite-actions">
            <TeamActionForm
              action={createInviteLink}
              hidden={{ teamId: team.id }}
              submitLabel={
                team.inviteToken ? "Replace the link" : "Create invite link"
              }
              testId="create-invite"
            />
            {team.inviteToken && (
              <TeamActionForm
                action={revokeInviteLink}
                hidden={{ teamId: team.id }}
                submitLabel="Revoke the link"
                variant="danger"
                testId="revoke-invite"
              />
            )}
          </div>
        </section>
      )}
    </main>
  );
}
