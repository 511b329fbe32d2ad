// Lesson 15: roles in a team, with four real readers. The owner makes a
// member an admin; each reader's live example shows what their role allows,
// as hasPermission answers; and the forms, posted by readers whose role does
// not allow them, change nothing in the database.
import { expect, test, type Reader, type TestDatabase } from "./fixtures";
import { postForm } from "./support/form-post";
import { expectStreamedRedirect } from "./support/redirects";
import { BASE_URL } from "./test-env";

test.describe.configure({ timeout: 90_000 });

const PAGE = "/examples/organizations";
const ALL_CHECKS = [
  "Rename the team",
  "Delete the team",
  "Create or revoke the invite link",
  "Change a member's role",
  "Remove a member",
];

async function teamOfFour(
  anotherReader: (name: string) => Promise<Reader>,
  db: TestDatabase,
) {
  const [owner, admin, member, outsider] = await Promise.all(
    ["Owner", "Admin", "Member", "Outsider"].map((name) =>
      anotherReader(`${name} ${Date.now()}`),
    ),
  );
  const created = await postForm(
    owner.request,
    "/teams",
    { name: "Roles crew" },
    { origin: BASE_URL, form: "create-team" },
  );
  const teamId = /\/teams\/([^/?#]+)$/.exec(created.location ?? "")?.[1] ?? "";
  await postForm(
    owner.request,
    `/teams/${teamId}`,
    {},
    { origin: BASE_URL, form: "create-invite" },
  );
  const token = db.inviteToken(teamId);
  for (const joiner of [admin, member]) {
    await postForm(
      joiner.request,
      `/teams/join/${token}`,
      {},
      { origin: BASE_URL, form: "join-team-form" },
    );
  }
  // The owner makes the first to join an admin, with the team page's own form.
  const promoted = await postForm(
    owner.request,
    `/teams/${teamId}`,
    { memberId: db.memberId(teamId, admin.account.id), role: "admin" },
    { origin: BASE_URL, form: "set-member-role" },
  );
  expect(promoted.status).toBe(200);
  expect(db.teamMembers(teamId)).toEqual([
    `${owner.account.id}:owner`,
    `${admin.account.id}:admin`,
    `${member.account.id}:member`,
  ]);
  return {
    teamId,
    owner,
    admin,
    member,
    outsider,
  };
}

test("each role sees what it may do, as hasPermission answers, and an outsider sees nothing of the team", async ({
  anotherReader,
  db,
}) => {
  const { teamId, owner, admin, member, outsider } = await teamOfFour(
    anotherReader,
    db,
  );
  const allowedFor = async (page: typeof owner.page) => {
    await page.goto(PAGE);
    const team = page.locator(
      '[data-testid="team-roles"][data-team="Roles crew"]',
    );
    await expect(team).toBeVisible();
    const allowed: string[] = [];
    for (const check of ALL_CHECKS) {
      if (
        (await team.locator(`tr[data-check="${check}"] td`).textContent()) ===
        "Yes"
      ) {
        allowed.push(check);
      }
    }
    return { heading: await team.getByRole("heading").textContent(), allowed };
  };

  expect(await allowedFor(owner.page)).toEqual({
    heading: "Roles crew: you are the owner",
    allowed: ALL_CHECKS,
  });
  expect(await allowedFor(admin.page)).toEqual({
    heading: "Roles crew: you are an admin",
    allowed: ALL_CHECKS.filter((check) => check !== "Delete the team"),
  });
  expect(await allowedFor(member.page)).toEqual({
    heading: "Roles crew: you are a member",
    allowed: [],
  });

  await outsider.page.goto(PAGE);
  await expect(outsider.page.getByTestId("no-teams")).toBeVisible();
  await outsider.page.getByLabel(/^Team id/).fill(teamId);
  await outsider.page.getByRole("button", { name: "Look up" }).click();
  await expect(outsider.page.getByTestId("action-result")).toHaveText(
    "You are not a member of a team with that id, so Better Auth shows you nothing of it.",
  );
  // The same sentence for an id with no team behind it.
  await outsider.page.getByLabel(/^Team id/).fill("no-such-team");
  await outsider.page.getByRole("button", { name: "Look up" }).click();
  await expect(outsider.page.getByTestId("action-result")).toHaveText(
    "You are not a member of a team with that id, so Better Auth shows you nothing of it.",
  );
  // A member's look-up answers.
  await member.page.getByLabel(/^Team id/).fill(teamId);
  await member.page.getByRole("button", { name: "Look up" }).click();
  await expect(member.page.getByTestId("action-result")).toHaveText(
    "Roles crew: 3 members.",
  );
});

test("an admin may invite and remove a member but not touch the owner; a member may do none of it", async ({
  anotherReader,
  db,
}) => {
  const { teamId, owner, admin, member } = await teamOfFour(anotherReader, db);
  const team = `/teams/${teamId}`;
  const before = db.teamMembers(teamId);
  const token = db.inviteToken(teamId);
  const ownerMemberId = db.memberId(teamId, owner.account.id);

  // The member posts the owner's forms: nothing changes.
  await postForm(
    member.request,
    team,
    {},
    { origin: BASE_URL, form: "create-invite", from: owner.request },
  );
  await postForm(
    member.request,
    team,
    { memberId: db.memberId(teamId, admin.account.id), role: "member" },
    { origin: BASE_URL, form: "set-member-role", from: owner.request },
  );
  expect(db.inviteToken(teamId)).toBe(token);
  expect(db.teamMembers(teamId)).toEqual(before);

  // The admin replaces the invite link, with the form on their own page.
  await postForm(
    admin.request,
    team,
    {},
    { origin: BASE_URL, form: "create-invite" },
  );
  expect(db.inviteToken(teamId)).not.toBe(token);

  // The admin tries the owner: Better Auth's own rules refuse it.
  const demote = await postForm(
    admin.request,
    team,
    { memberId: ownerMemberId, role: "member" },
    { origin: BASE_URL, form: "set-member-role", from: owner.request },
  );
  expect(demote.status).toBe(200);
  await postForm(
    admin.request,
    team,
    { memberId: ownerMemberId },
    { origin: BASE_URL, form: "remove-member", from: owner.request },
  );
  expect(db.teamMembers(teamId)).toEqual(before);

  // The admin removes the member.
  await postForm(
    admin.request,
    team,
    { memberId: db.memberId(teamId, member.account.id) },
    { origin: BASE_URL, form: "remove-member" },
  );
  expect(db.teamMembers(teamId)).toEqual([
    `${owner.account.id}:owner`,
    `${admin.account.id}:admin`,
  ]);

  // In a browser, the admin's team page shows the buttons; the owner's row has none.
  await admin.page.goto(team);
  await expect(
    admin.page.getByText("You are an admin of this team."),
  ).toBeVisible();
  await expect(
    admin.page
      .locator(`tr[data-member="${owner.account.name}"]`)
      .getByRole("button"),
  ).toHaveCount(0);
  await expect(admin.page.getByTestId("invite-management")).toBeVisible();
});

test("signed out, the example redirects to sign in", async ({ request }) => {
  await expectStreamedRedirect(
    await request.get(PAGE, { maxRedirects: 0 }),
    `/login?next=${PAGE}`,
    { meta: false },
  );
});
