import GuidePage from "@/examples/auth-and-caching/page";
import { statsRound } from "./demo-round";

export const instant = false;

export const metadata = { title: "Live example: cache the shared part, read the session per request" };

type Search = { round?: string | string[] };

export default async function Page({ searchParams }: { searchParams: Promise<Search> }) {
  return <GuidePage round={statsRound((await searchParams).round)} />;
}

