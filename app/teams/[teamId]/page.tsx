import { notFound, redirect } from "next/navigation";
import { TeamPage } from "@/components/teams/team-page";
import { getUser } from "@/lib/session";
import { can } from "@/lib/can";
import { siteOrigin } from "@/lib/site-origin";
import { teamForMember } from "@/lib/teams/teams";

// Reads the session at its top, so the page may block on it (the lessons
// call this placement "instant = false": see lesson 1).
export const instant = false;

export const metadata = { title: "Team" };

export default async function Page({
  params,
}: {
  params: Promise<{ teamId: string }>;
}) {
  const { teamId } = await params;
  const user = await getUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(`/teams/${teamId}`)}`);
  // What the reader's role allows, asked of Better Auth (lesson 15). The
  // actions behind the buttons ask again.
  const [manageInviteLink, removeMembers, changeRoles] = await Promise.all([
    can(teamId, { inviteLink: ["create", "revoke"] }),
    can(teamId, { member: ["delete"] }),
    can(teamId, { member: ["update"] }),
  ]);
  // Not a member: the same 404 as a team that does not exist (lesson 7).
  const team = await teamForMember(teamId, user.id, {
    withInviteToken: manageInviteLink,
  });
  if (!team) notFound();
  return (
    <TeamPage
      team={team}
      readerId={user.id}
      origin={await siteOrigin()}
      abilities={{ manageInviteLink, removeMembers, changeRoles }}
    />
  );
}
