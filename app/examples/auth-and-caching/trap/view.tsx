import Link from "next/link";
import { connection } from "next/server";
import { getUser } from "@/lib/session";
import TrapPage from "@/examples/auth-and-caching/trap/page";
import { getWelcome } from "@/examples/auth-and-caching/trap/welcome";
import { secondReaderOf } from "@/lib/second-reader";
import { trapRound } from "../demo-round";

export const metadata = {
  title: "Live example: the trap, a reader's name in a shared cache",
};

type Search = { round?: string | string[]; visitor?: string | string[] };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Search>;
}) {
  const { round, visitor } = await searchParams;
  // trapRound reads the clock: only at request time.
  await connection();
  const user = await getUser();
  if (!user) return <TrapPage round="signed-out" />;
  const key = trapRound(round, user.id);
  if (visitor === "second-reader") {
    return <SecondReaderVisit owner={user} round={key} picked={round} />;
  }
  return <TrapPage round={key} />;
}

// The trap's own call, made for the reader's second reader: it fills the entry
// the reader's next visit to the same round reads.
async function SecondReaderVisit({
  owner,
  round,
  picked,
}: {
  owner: { id: string; name: string };
  round: string;
  picked: Search["round"];
}) {
  const secondReader = await secondReaderOf(owner);
  const welcome = await getWelcome(secondReader, round);
  const again =
    typeof picked === "string" ? `?round=${encodeURIComponent(picked)}` : "";
  return (
    <main className="example-page">
      <h1>Your second reader opened the trap</h1>
      <p data-testid="second-reader-welcome">
        They were greeted: “{welcome.text}”
      </p>
      <p>
        Now open{" "}
        <Link href={`/examples/auth-and-caching/trap${again}`}>
          the same round yourself
        </Link>
        .
      </p>
    </main>
  );
}
