import { connection } from "next/server";
import TrapPage from "@/examples/auth-and-caching/trap/page";
import { trapRound } from "../demo-round";

export const metadata = { title: "Live example: the trap, a reader's name in a shared cache" };

type Search = { round?: string | string[] };

export default async function Page({ searchParams }: { searchParams: Promise<Search> }) {
  const { round } = await searchParams;
  // trapRound reads the clock: only at request time.
  await connection();
  return <TrapPage round={trapRound(round)} />;
}

