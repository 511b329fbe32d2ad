import "server-only";
import { randomBytes } from "node:crypto";
import {
  countDone,
  lessonsWith,
  type LessonProgress,
} from "@/lib/course/progress";
import { prisma } from "@/lib/prisma";

// Reads for the team pages. Every read that returns a team takes the reader's
// id and answers null unless the reader is a member: the membership check is
// in the query (lesson 7), so no page can forget it.

export const OWNER = "owner";

type TeamMemberView = {
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
  /** Only for readers who may manage the link: its current token. */
  inviteToken: string | null;
};

export function teamsOf(userId: string) {
  return prisma.member.findMany({
    where: { userId },
    select: {
      role: true,
      organization: {
        select: { id: true, name: true, _count: { select: { members: true } } },
      },
    },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * The team as `userId` may see it, or null if they are not a member. The
 * invite link's token only when `withInviteToken` (the caller asked Better
 * Auth whether the reader may manage it).
 */
export async function teamForMember(
  teamId: string,
  userId: string,
  { withInviteToken }: { withInviteToken: boolean },
): Promise<TeamView | null> {
  const membership = await prisma.member.findUnique({
    where: { organizationId_userId: { organizationId: teamId, userId } },
    select: {
      role: true,
      organization: {
        select: {
          id: true,
          name: true,
          inviteLink: { select: { token: true } },
        },
      },
    },
  });
  if (!membership) return null;

  const members = await prisma.member.findMany({
    where: { organizationId: teamId },
    select: {
      id: true,
      role: true,
      user: { select: { id: true, name: true, progress: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  return {
    id: membership.organization.id,
    name: membership.organization.name,
    readerRole: membership.role,
    inviteToken: withInviteToken
      ? (membership.organization.inviteLink?.token ?? null)
      : null,
    members: members.map(({ id, role, user }) => {
      const progress = lessonsWith(user.progress);
      return {
        memberId: id,
        userId: user.id,
        name: user.name,
        role,
        progress,
        done: countDone(progress),
      };
    }),
  };
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
