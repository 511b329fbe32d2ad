import { redirect } from "next/navigation";
import { MyProgress } from "@/components/course/my-progress";
import { getUser } from "@/lib/session";
import { progressOf } from "@/lib/course/progress";

export const metadata = { title: "My progress" };

export default async function ProgressPage() {
  const user = await getUser();
  if (!user) redirect("/login?next=/progress");
  return <MyProgress progress={await progressOf(user.id)} />;
}
