import { redirect } from "next/navigation";
import { JoinTeam } from "@/components/teams/join-team";
import { getUser } from "@/lib/session";
import { prisma } from "@/lib/prisma";
import { findInvite } from "@/lib/teams/teams";

// Reads the session at its top, so the page may block on it (the lessons
// call this placement "instant = false": see lesson 1).
export const instant = false;

export const metadata = { title: "Join a team" };

export default async function JoinPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const user = await getUser();
  // Sign in (or sign up: the login page links there with the same next) and come back.
  if (!user) {
    redirect(`/login?next=${encodeURIComponent(`/teams/join/${token}`)}`);
  }
  const invite = await findInvite(token);
  const member = invite
    ? await prisma.member.findUnique({
        where: {
          organizationId_userId: {
            organizationId: invite.organization.id,
            userId: user.id,
          },
        },
      })
    : null;
  return (
    <JoinTeam
      token={token}
      team={invite?.organization ?? null}
      alreadyMember={member !== null}
    />
  );
}
