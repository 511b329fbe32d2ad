import TrapPage from "@/examples/auth-and-caching/trap/page";
import { trapRound } from "../demo-round";

export { instant } from "@/examples/auth-and-caching/trap/page";

export const metadata = { title: "Live example: the trap, a reader's name in a shared cache" };

type Search = { round?: string | string[] };

export default async function Page({ searchParams }: { searchParams: Promise<Search> }) {
  return <TrapPage round={trapRound((await searchParams).round)} />;
}

