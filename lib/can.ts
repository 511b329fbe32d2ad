import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";

export type Permissions = NonNullable<
  Parameters<typeof auth.api.hasPermission>[0]
>["body"]["permissions"];

// May the signed-in reader do this in this team? Better Auth looks up their
// membership and role, and checks the role's permissions (lib/permissions.ts).
// The team is named every time: this site never sets an "active" team, and
// hasPermission would otherwise fall back to it.
export async function can(
  teamId: string,
  permissions: Permissions,
): Promise<boolean> {
  try {
    const { success } = await auth.api.hasPermission({
      headers: await headers(),
      body: { organizationId: teamId, permissions },
    });
    return success;
  } catch (error) {
    // Signed out, or not a member (USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION):
    // Better Auth answers 401, which here means no.
    if (isAPIError(error) && error.statusCode === 401) return false;
    throw error;
  }
}
