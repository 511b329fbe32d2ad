import { getIP } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/session";
import { auth } from "@/lib/auth";
import { OriginForm } from "./origin-form";

// Cache Components: this page reads the session at its top, so it may block
// until the check is done (lesson 1 shows the other placements).
export const instant = false;

// What Better Auth makes of this very request: the address it was sent to,
// the origins it accepts POSTs from, and the client address its rate limit
// counts. Worth a page of its own in any app while the set-up is new.
export default async function OriginsPage() {
  const session = await getSession();
  if (!session) redirect("/login?next=/examples/origins");

  const requestHeaders = await headers();
  const context = await auth.$context;
  const clientAddress = getIP(requestHeaders, auth.options);

  return (
    <main className="example-page">
      <h1>What Better Auth sees of your request</h1>
      <dl className="example-facts">
        <dt>Host you asked for</dt>
        <dd data-testid="request-host">{requestHeaders.get("host")}</dd>
        <dt>Base URL</dt>
        <dd data-testid="base-url">
          {context.baseURL || "taken from each request's Host"}
        </dd>
        <dt>Origins it accepts POSTs from</dt>
        <dd data-testid="trusted-origins">
          {context.trustedOrigins.join(", ")}
        </dd>
        <dt>Your address, as the rate limit counts it</dt>
        <dd data-testid="client-address">
          {clientAddress ??
            "none found: you share one bucket with every such request"}
        </dd>
      </dl>
      <OriginForm />
    </main>
  );
}
