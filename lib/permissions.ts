import { createAccessControl } from "better-auth/plugins/access";
import {
  adminAc,
  defaultStatements,
  memberAc,
  ownerAc,
} from "better-auth/plugins/organization/access";

// Lesson 15. What a member of a team may be allowed to do: Better Auth's own
// statements (organization, member, invitation, team, ac) plus this site's
// invite links, which Better Auth knows nothing about.
const statement = {
  ...defaultStatements,
  inviteLink: ["create", "revoke"],
} as const;

export const ac = createAccessControl(statement);

// Passing `roles` to the organization plugin replaces Better Auth's default
// roles, so all three are written out, each from Better Auth's own. A role
// left out here has no permissions at all.
export const roles = {
  owner: ac.newRole({
    ...ownerAc.statements,
    inviteLink: ["create", "revoke"],
  }),
  admin: ac.newRole({
    ...adminAc.statements,
    inviteLink: ["create", "revoke"],
  }),
  member: ac.newRole({ ...memberAc.statements }),
};
