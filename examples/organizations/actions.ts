"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";

export type LookUpState =
  | { ok: true; name: string; members: number }
  | { ok: false; message: string }
  | null;

// Any id can be typed in: Better Auth answers only members. A non-member gets
// 403 USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION, an unknown id 400
// ORGANIZATION_NOT_FOUND; both get the same sentence, so an outsider cannot
// tell a team they are not in from one that does not exist.
export async function lookUpTeam(
  _previous: LookUpState,
  formData: FormData,
): Promise<LookUpState> {
  const teamId = formData.get("teamId");
  if (typeof teamId !== "string" || teamId.trim() === "") {
    return { ok: false, message: "Enter a team's id." };
  }
  try {
    const team = await auth.api.getFullOrganization({
      headers: await headers(),
      query: { organizationId: teamId.trim() },
    });
    if (!team) return { ok: false, message: "No such team for you." };
    return { ok: true, name: team.name, members: team.members.length };
  } catch (error) {
    if (isAPIError(error) && [400, 401, 403].includes(error.statusCode)) {
      return {
        ok: false,
        message:
          "You are not a member of a team with that id, so Better Auth shows you nothing of it.",
      };
    }
    throw error;
  }
}
