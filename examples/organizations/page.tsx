import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getUser } from "@/lib/session";
import { auth } from "@/lib/auth";
import { can, type Permissions } from "@/lib/can";
import { LookUpTeamForm } from "./look-up-team-form";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

const ROLE_NAMES: Record<string, string> = {
  owner: "the owner",
  admin: "an admin",
  member: "a member",
};

const CHECKS: { label: string; permissions: Permissions }[] = [
  { label: "Rename the team", permissions: { organization: ["update"] } },
  { label: "Delete the team", permissions: { organization: ["delete"] } },
  {
    label: "Create or revoke the invite link",
    permissions: { inviteLink: ["create", "revoke"] },
  },
  { label: "Change a member's role", permissions: { member: ["update"] } },
  { label: "Remove a member", permissions: { member: ["delete"] } },
];

// Every team the reader is in, as Better Auth answers for them: the members
// with their roles (getFullOrganization), and what the reader's role allows
// (hasPermission), asked of the server one permission at a time.
export default async function OrganizationsPage() {
  const user = await getUser();
  if (!user) redirect("/login?next=/examples/organizations");

  const requestHeaders = await headers();
  const teams = await auth.api.listOrganizations({ headers: requestHeaders });

  return (
    <main className="example-page">
      <h1>Your teams and roles</h1>
      {teams.length === 0 ? (
        <p data-testid="no-teams">
          You are in no team yet. <Link href="/teams">Create one</Link>, or join
          one with an invite link.
        </p>
      ) : null}
      {teams.map((team) => (
        <TeamRoles
          key={team.id}
          teamId={team.id}
          readerId={user.id}
          requestHeaders={requestHeaders}
        />
      ))}
      <LookUpTeamForm />
    </main>
  );
}

async function TeamRoles({
  teamId,
  readerId,
  requestHeaders,
}: {
  teamId: string;
  readerId: string;
  requestHeaders: Headers;
}) {
  const team = await auth.api.getFullOrganization({
    headers: requestHeaders,
    query: { organizationId: teamId },
  });
  if (!team) return null;
  const readerRole = team.members.find(
    (member) => member.userId === readerId,
  )?.role;
  const allowed = await Promise.all(
    CHECKS.map((check) => can(teamId, check.permissions)),
  );

  return (
    <section
      aria-label={team.name}
      data-testid="team-roles"
      data-team={team.name}
    >
      <h2>
        {team.name}: you are {ROLE_NAMES[readerRole ?? ""] ?? readerRole}
      </h2>
      <p>
        {team.members
          .map((member) => `${member.user.name} (${member.role})`)
          .join(", ")}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Allowed for you</th>
          </tr>
        </thead>
        <tbody>
          {CHECKS.map((check, index) => (
            <tr key={check.label} data-check={check.label}>
              <th scope="row">{check.label}</th>
              <td>{allowed[index] ? "Yes" : "No"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
