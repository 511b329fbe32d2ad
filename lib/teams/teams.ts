import "server-only";
import { randomBytes } from "node:crypto";
import { countDone, lessonsWith, type LessonProgress } from "@/lib/course/progress";
import { prisma } from "@/lib/prisma";

// Reads for the team pages. Every read that returns a team takes the reader's
// id and answers null unless the reader is a member: the membership check is
// in the query (lesson 7), so no page can forget it.

export const OWNER = "owner";

export type TeamMemberView = {
  memberId: string;
  userId: string;
  name: string;
  role: string;
  progress: LessonProgress[];
  done: number;
};

export type TeamView = {
  id: string;
  name: string;
  readerRole: string;
  members: TeamMemberView[];
  /** Only for the owner: the current invite link's token. */
  inviteToken: string | null;
};

export function teamsOf(userId: string) {
  return prisma.member.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, name: true, _count: { select: { members: true } } } } },
    orderBy: { createdAt: "asc" },
  });
}

/** The team as `userId` may see it, or null if they are not a member. */
export async function teamForMember(teamId: string, userId: string): Promise<TeamView | null> {
  const membership = await prisma.member.findUnique({
    where: { organizationId_userId: { organizationId: teamId, userId } },
    select: { role: true, organization: { select: { id: true, name: true, inviteLink: { select: { token: true } } } } },
  });
  if (!membership) return null;

  const members = await prisma.member.findMany({
    where: { organizationId: teamId },
    select: { id: true, role: true, user: { select: { id: true, name: true, progress: true } } },
    orderBy: { createdAt: "asc" },
  });
  return {
    id: membership.organization.id,
    name: membership.organization.name,
    readerRole: membership.role,
    inviteToken: membership.role === OWNER ? (membership.organization.inviteLink?.token ?? null) : null,
    members: members.map(({ id, role, user }) => {
      const progress = lessonsWith(user.progress);
      return { memberId: id, userId: user.id, name: user.name, role, progress, done: countDone(progress) };
    }),
  };
}

/** Is `userId` the owner of `teamId`? Every owner-only action asks first. */
export async function isTeamOwner(teamId: string, userId: string): Promise<boolean> {
  const member = await prisma.member.findFirst({ where: { organizationId: teamId, userId, role: OWNER }, select: { id: true } });
  return member !== null;
}

export function findInvite(token: string) {
  return prisma.teamInviteLink.findUnique({
    where: { token },
    select: { organization: { select: { id: true, name: true } } },
  });
}

/** 32 random bytes: an invite link cannot be guessed, only shared. */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url");
}
