"use server";

// The version most snippets show, kept to compare. What is wrong with it:
// it throws instead of returning a message, writes whatever the form sent
// (no validation), writes behind Better Auth's back (a cookie cache keeps
// the old name), and never revalidates, so the page shows the old name.
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

export async function updateProfile(formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");

  await prisma.user.update({
    where: { id: session.user.id },
    data: { name: formData.get("name") as string },
  });
}
