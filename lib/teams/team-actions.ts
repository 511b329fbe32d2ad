"use server";

import { isAPIError } from "better-auth/api";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getUser } from "@/lib/session";
import { can, type Permissions } from "@/lib/can";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/prisma";
import { checkTeamName } from "@/lib/validation";
import { findInvite, newInviteToken } from "./teams";
import type { ActionState } from "@/lib/action-state";

// Every team action is a public endpoint (lesson 3): each checks the session
// and the reader's role in the team itself, whatever its page showed. An
// outsider and a member get the same answer, which does not reveal the team.

const SIGNED_OUT: ActionState = {
  ok: false,
  message: "You are signed out, so nothing was changed. Sign in and try again.",
};
const NOT_ALLOWED: ActionState = {
  ok: false,
  message:
    "Only the team's owner or an admin can do that, so nothing was changed.",
};

export async function createTeam(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await getUser();
  if (!user) return SIGNED_OUT;
  const name = checkTeamName(formData.get("name"));
  if (!name.ok) return { ok: false, message: name.message };

  let teamId: string;
  try {
    // The plugin makes the creator the team's "owner".
    const team = await auth.api.createOrganization({
      headers: await headers(),
      body: {
        name: name.value,
        slug: `team-${newInviteToken().slice(0, 12).toLowerCase()}`,
        keepCurrentActiveOrganization: true,
      },
    });
    teamId = team.id;
  } catch (error) {
    return {
      ok: false,
      message: isAPIError(error)
        ? error.message
        : "Creating the team failed. Try again.",
    };
  }
  redirect(`/teams/${teamId}`);
}

/**
 * The team named by the form, if the signed-in reader's role there allows
 * `permissions` (lib/permissions.ts, asked of Better Auth); else the refusal
 * to answer with.
 */
async function permittedTeam(
  formData: FormData,
  permissions: Permissions,
): Promise<{ teamId: string } | { refusal: ActionState }> {
  const user = await getUser();
  if (!user) return { refusal: SIGNED_OUT };
  const teamId = formData.get("teamId");
  if (typeof teamId !== "string" || !(await can(teamId, permissions))) {
    return { refusal: NOT_ALLOWED };
  }
  return { teamId };
}

export async function createInviteLink(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const permitted = await permittedTeam(formData, { inviteLink: ["create"] });
  if ("refusal" in permitted) return permitted.refusal;
  const { teamId } = permitted;

  // One link per team: a new one replaces (and so revokes) the old one.
  const token = newInviteToken();
  await prisma.teamInviteLink.upsert({
    where: { organizationId: teamId },
    create: { organizationId: teamId, token },
    update: { token, createdAt: new Date() },
  });
  refresh();
  return {
    ok: true,
    message:
      "New invite link created. The previous link, if any, no longer works.",
  };
}

export async function revokeInviteLink(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const permitted = await permittedTeam(formData, { inviteLink: ["revoke"] });
  if ("refusal" in permitted) return permitted.refusal;
  const { teamId } = permitted;

  await prisma.teamInviteLink.deleteMany({ where: { organizationId: teamId } });
  refresh();
  return {
    ok: true,
    message: "Invite link revoked: nobody can join with it any more.",
  };
}

export async function removeMember(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const permitted = await permittedTeam(formData, { member: ["delete"] });
  if ("refusal" in permitted) return permitted.refusal;
  const { teamId } = permitted;
  const memberId = formData.get("memberId");
  if (typeof memberId !== "string" || memberId === "") {
    return { ok: false, message: "Choose a member to remove." };
  }

  try {
    // The plugin checks again (member:delete permission, never the last
    // owner, the member belongs to this team) and removes the row.
    await auth.api.removeMember({
      headers: await headers(),
      body: { organizationId: teamId, memberIdOrEmail: memberId },
    });
  } catch (error) {
    return {
      ok: false,
      message: isAPIError(error)
        ? error.message
        : "Removing the member failed. Try again.",
    };
  }
  refresh();
  return { ok: true, message: "Member removed. They no longer see this team." };
}

/** Makes a member an admin, or an admin a member. Owners stay owners. */
export async function setMemberRole(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const permitted = await permittedTeam(formData, { member: ["update"] });
  if ("refusal" in permitted) return permitted.refusal;
  const memberId = formData.get("memberId");
  const role = formData.get("role");
  if (typeof memberId !== "string" || memberId === "") {
    return { ok: false, message: "Choose a member." };
  }
  if (role !== "admin" && role !== "member") {
    return { ok: false, message: "Choose admin or member as the new role." };
  }

  try {
    // The plugin checks again: member:update, the member is in this team,
    // and only an owner may change an owner.
    await auth.api.updateMemberRole({
      headers: await headers(),
      body: { organizationId: permitted.teamId, memberId, role },
    });
  } catch (error) {
    return {
      ok: false,
      message: isAPIError(error)
        ? error.message
        : "Changing the role failed. Try again.",
    };
  }
  refresh();
  return {
    ok: true,
    message:
      role === "admin"
        ? "Made an admin: they can now invite and remove members."
        : "Made a member again.",
  };
}

export async function joinTeam(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await getUser();
  if (!user) return SIGNED_OUT;
  const token = formData.get("token");
  const invite =
    typeof token === "string" && token !== "" ? await findInvite(token) : null;
  if (!invite) {
    return {
      ok: false,
      message:
        "This invite link no longer works. Ask the team's owner for a new one.",
    };
  }

  const teamId = invite.organization.id;
  const already = await prisma.member.findUnique({
    where: {
      organizationId_userId: { organizationId: teamId, userId: user.id },
    },
  });
  if (!already) {
    try {
      // Server-only in Better Auth (no HTTP route): only this action, which
      // has just checked the link, can add a member without an email invite.
      await auth.api.addMember({
        body: { userId: user.id, organizationId: teamId, role: "member" },
      });
    } catch (error) {
      return {
        ok: false,
        message: isAPIError(error)
          ? error.message
          : "Joining failed. Try again.",
      };
    }
  }
  redirect(`/teams/${teamId}`);
}
