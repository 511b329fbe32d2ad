import { redirect } from "next/navigation";
import { MyProgress } from "@/components/course/my-progress";
import { getUser } from "@/examples/cached-helper/session";
import { progressOf } from "@/lib/course/progress";

// Reads the session at its top, so the page may block on it (the lessons
// call this placement "instant = false": see lesson 1).
export const instant = false;

export const metadata = { title: "My progress" };

export default async function ProgressPage() {
  const user = await getUser();
  if (!user) redirect("/login?next=/progress");
  return <MyProgress progress={await progressOf(user.id)} />;
}
