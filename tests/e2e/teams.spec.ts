// Teams, with three real readers: an owner, a member who joins through the
// invite link, and an outsider. Every refusal is checked on the server: the
// outsider posts the very forms the owner was shown, and the database read
// back proves that nothing changed.
import type { APIRequestContext } from "@playwright/test";
import { LESSONS } from "../../lib/course/lessons";
import { expect, test, testClientIp, type TestDatabase } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { pageText, postForm } from "./support/form-post";
import { BASE_URL } from "./test-env";
import { expectStreamedNotFound } from "./support/redirects";

test.describe.configure({ timeout: 90_000 });

/** The owner creates a team and an invite link with the forms a browser without JavaScript would post. */
async function teamWithLink(owner: APIRequestContext, db: TestDatabase) {
  const created = await postForm(
    owner,
    "/teams",
    { name: "Onboarding crew" },
    { origin: BASE_URL, form: "create-team" },
  );
  expect(created.status, "a created team redirects to its page").toBe(303);
  const teamId = /\/teams\/([^/?#]+)$/.exec(created.location ?? "")?.[1] ?? "";
  expect(teamId).not.toBe("");
  await postForm(
    owner,
    `/teams/${teamId}`,
    {},
    { origin: BASE_URL, form: "create-invite" },
  );
  const token = db.inviteToken(teamId);
  expect(token).toBeTruthy();
  return { teamId, token: token as string };
}

test("an owner invites a teammate who signs up through the link; the team page shows both readers' progress", async ({
  page,
  browser,
  signedIn: owner,
  db,
}) => {
  await page.goto("/teams");
  await page.getByLabel("Team name").fill("   ");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByTestId("create-team").getByRole("status")).toHaveText(
    "Enter a team name: it can't be empty or only spaces.",
  );
  await page.getByLabel("Team name").fill("Platform team");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Platform team" }),
  ).toBeVisible();
  const teamId = new URL(page.url()).pathname.split("/").at(-1) as string;
  expect(db.teamMembers(teamId)).toEqual([`${owner.id}:owner`]);

  await page.getByRole("button", { name: "Create invite link" }).click();
  const inviteLink = await page.getByTestId("invite-link").inputValue();
  expect(inviteLink).toBe(`${BASE_URL}/teams/join/${db.inviteToken(teamId)}`);

  // The teammate has no account yet: the link leads through sign-up and back.
  const teammateContext = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": testClientIp() },
  });
  const teammate = await teammateContext.newPage();
  await teammate.goto(inviteLink);
  await expect(teammate).toHaveURL(/\/login\?next=%2Fteams%2Fjoin%2F/);
  await teammate.getByRole("link", { name: "Create an account" }).click();
  await teammate.getByLabel("Name").fill("New Teammate");
  await teammate.getByLabel("Email").fill(`teammate-${Date.now()}@example.com`);
  await teammate.getByLabel("Password").fill("correct horse battery");
  await teammate.getByRole("button", { name: "Create account" }).click();
  await teammate.getByRole("button", { name: "Join Platform team" }).click();
  await expect(
    teammate.getByRole("heading", { level: 1, name: "Platform team" }),
  ).toBeVisible();
  await expect(
    teammate.getByText("You are a member of this team."),
  ).toBeVisible();
  await expect(teammate.getByTestId("invite-management")).toHaveCount(0);
  expect(db.teamMembers(teamId)).toHaveLength(2);

  // The teammate finishes a lesson; the owner sees it on the team page.
  await teammate.goto("/server-component");
  await teammate
    .getByTestId("lesson-end")
    .getByRole("button", { name: "Mark lesson done" })
    .click();
  await expect(
    teammate
      .getByTestId("lesson-end")
      .getByRole("button", { name: "Mark as not done" }),
  ).toBeVisible();
  await teammateContext.close();

  await page.reload();
  await expect(page.locator('tr[data-member="New Teammate"]')).toContainText(
    `1 of ${LESSONS.length}`,
  );
  await expect(page.locator(`tr[data-member="${owner.name}"]`)).toContainText(
    `0 of ${LESSONS.length}`,
  );

  await page.setViewportSize({ width: 390, height: 844 });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator("html")).toHaveClass(
      new RegExp(`\\b${colorScheme}\\b`),
    );
    expect(
      await seriousViolations(page, { include: '[data-testid="team-page"]' }),
      colorScheme,
    ).toEqual([]);
  }
});

test("an outsider is refused the team page and every team action; a member is refused the owner's actions", async ({
  anotherReader,
  db,
}) => {
  const owner = await anotherReader("Team owner");
  const member = await anotherReader("Team member");
  const outsider = await anotherReader("Outsider");
  const { teamId, token } = await teamWithLink(owner.request, db);
  const joined = await postForm(
    member.request,
    `/teams/join/${token}`,
    {},
    { origin: BASE_URL, form: "join-team-form" },
  );
  expect(joined.status).toBe(303);
  const before = db.teamMembers(teamId);
  expect(before).toEqual([
    `${owner.account.id}:owner`,
    `${member.account.id}:member`,
  ]);

  // The team page: not found for the outsider, the same as for a team that does not exist
  // (streamed in a 200 under Cache Components, marked noindex), and nothing of the team in it.
  const outsiderView = await expectStreamedNotFound(
    await outsider.request.get(`/teams/${teamId}`),
  );
  expect(outsiderView).not.toContain("invite-management");
  await expectStreamedNotFound(
    await outsider.request.get("/teams/no-such-team"),
  );
  const memberView = await (
    await member.request.get(`/teams/${teamId}`)
  ).text();
  expect(
    memberView.includes('data-testid="invite-management"'),
    "the member sees no invite management",
  ).toBe(false);

  // The owner's forms, posted by the outsider and by the member: the actions
  // check the role themselves, whatever page the form came from.
  for (const intruder of [outsider, member]) {
    for (const form of ["create-invite", "revoke-invite", "remove-member"]) {
      await postForm(
        intruder.request,
        `/teams/${teamId}`,
        {},
        { origin: BASE_URL, form, from: owner.request },
      );
    }
  }
  expect(db.teamMembers(teamId)).toEqual(before);
  expect(db.inviteToken(teamId)).toBe(token);

  // Better Auth's own organization endpoints refuse them too.
  for (const intruder of [outsider, member]) {
    const removal = await intruder.request.post(
      "/api/auth/organization/remove-member",
      {
        data: { organizationId: teamId, memberIdOrEmail: owner.account.email },
        headers: { origin: BASE_URL },
      },
    );
    expect(removal.status(), "remove-member over HTTP").toBeGreaterThanOrEqual(
      400,
    );
  }
  const peek = await outsider.request.get(
    `/api/auth/organization/get-full-organization?organizationId=${teamId}`,
  );
  expect(
    peek.status(),
    "the outsider reading the team over HTTP",
  ).toBeGreaterThanOrEqual(400);
  expect(db.teamMembers(teamId)).toEqual(before);

  // The owner revokes the link: the join form the outsider loaded before no longer works.
  const joinPage = await pageText(outsider.request, `/teams/join/${token}`);
  await postForm(
    owner.request,
    `/teams/${teamId}`,
    {},
    { origin: BASE_URL, form: "revoke-invite" },
  );
  expect(db.inviteToken(teamId)).toBeUndefined();
  const late = await postForm(
    outsider.request,
    `/teams/join/${token}`,
    {},
    { origin: BASE_URL, form: "join-team-form", html: joinPage },
  );
  expect(late.status).toBe(200);
  expect(db.teamMembers(teamId)).toEqual(before);

  // The owner removes the member, who then gets the same 404 as the outsider.
  await postForm(
    owner.request,
    `/teams/${teamId}`,
    {},
    { origin: BASE_URL, form: "remove-member" },
  );
  expect(db.teamMembers(teamId)).toEqual([`${owner.account.id}:owner`]);
  await expectStreamedNotFound(await member.request.get(`/teams/${teamId}`));
});
