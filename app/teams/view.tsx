import { redirect } from "next/navigation";
import { TeamsIndex } from "@/components/teams/teams-index";
import { getUser } from "@/lib/session";
import { teamsOf } from "@/lib/teams/teams";

export const metadata = { title: "Teams" };

export default async function TeamsPage() {
  const user = await getUser();
  if (!user) redirect("/login?next=/teams");
  return <TeamsIndex teams={await teamsOf(user.id)} />;
}
