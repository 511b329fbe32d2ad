// npm run load: many signed-in readers at once against the production build,
// on a fresh SQLite database. Exits non-zero on any error, any lost write, or
// any "database is locked".
//
//   LOAD_USERS (50)  concurrent signed-in readers     LOAD_SECONDS (30)  how long they run
//   LOAD_SIGNUPS (100)  sign-ups sent at the same moment
import Database from "better-sqlite3";
import { startProductionServer } from "./production-server";
import { headersFor, nameFormFields, postName, signUpClient, type Client } from "./http-client";
import { summarize, table } from "./stats";

const USERS = Number(process.env.LOAD_USERS || 50);
const SECONDS = Number(process.env.LOAD_SECONDS || 30);
const SIGNUPS = Number(process.env.LOAD_SIGNUPS || 100);

type Operation = "GET /api/user" | "GET /examples/server-component" | "POST server action";
const OPERATIONS: Operation[] = ["GET /api/user", "GET /examples/server-component", "POST server action"];

async function main() {
  const server = await startProductionServer();
  const problems: string[] = [];
  try {
    console.log(`Server at ${server.url}, database ${server.databaseFile}`);

    // 1. Sign-ups, all at once.
    const signupStart = performance.now();
    const signupLatencies: number[] = [];
    const signups = await Promise.allSettled(
      Array.from({ length: SIGNUPS }, async (_, index) => {
        const started = performance.now();
        const client = await signUpClient(server.url, index);
        signupLatencies.push(performance.now() - started);
        return client;
      }),
    );
    const signupSeconds = (performance.now() - signupStart) / 1000;
    const clients = signups.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    signups.forEach((result) => result.status === "rejected" && problems.push(String(result.reason)));
    const rows = [{ operation: `sign-up (${SIGNUPS} at once)`, ...summarize(signupLatencies, SIGNUPS - clients.length, signupSeconds) }];

    // 2. Signed-in readers, each looping over the three protected examples.
    const readers = clients.slice(0, USERS);
    const fields = await nameFormFields(server.url, readers[0]);
    const latencies = new Map<Operation, number[]>(OPERATIONS.map((operation) => [operation, []]));
    const errors = new Map<Operation, number>(OPERATIONS.map((operation) => [operation, 0]));
    const lastSavedName = new Map<Client, string>();
    const deadline = performance.now() + SECONDS * 1000;

    async function reader(client: Client, readerIndex: number) {
      for (let step = 0; performance.now() < deadline; step++) {
        const operation = OPERATIONS[step % OPERATIONS.length];
        const started = performance.now();
        let ok = false;
        try {
          if (operation === "GET /api/user") {
            const response = await fetch(`${server.url}/api/user`, { headers: headersFor(client, server.url) });
            ok = response.status === 200 && (await response.json()).user?.email === client.email;
          } else if (operation === "GET /examples/server-component") {
            const response = await fetch(`${server.url}/examples/server-component`, { headers: headersFor(client, server.url), redirect: "manual" });
            ok = response.status === 200 && (await response.text()).includes("Welcome,");
          } else {
            const name = `Reader ${readerIndex} write ${step}`;
            const response = await postName(server.url, client, fields, name);
            ok = response.status === 200 && (await response.text()).includes("Saved.");
            if (ok) lastSavedName.set(client, name);
          }
        } catch (error) {
          problems.push(`${operation}: ${error}`);
        }
        latencies.get(operation)!.push(performance.now() - started);
        if (!ok) errors.set(operation, errors.get(operation)! + 1);
      }
    }
    await Promise.all(readers.map(reader));
    for (const operation of OPERATIONS) rows.push({ operation, ...summarize(latencies.get(operation)!, errors.get(operation)!, SECONDS) });

    // 3. Every saved name must be in the database.
    const db = new Database(server.databaseFile, { readonly: true });
    let lost = 0;
    for (const [client, name] of lastSavedName) {
      const row = db.prepare("SELECT name FROM user WHERE email = ?").get(client.email) as { name: string } | undefined;
      if (row?.name !== name) lost++;
    }
    db.close();

    console.log(`\n${USERS} signed-in readers for ${SECONDS} s, ${SIGNUPS} sign-ups at once (latencies in ms)\n`);
    console.log(table(rows.map(({ operation, requests, perSecond, p50, p99, errors: failed }) => ({ operation, requests, "req/s": perSecond, "p50 ms": p50, "p99 ms": p99, errors: failed }))));
    console.log(`\nwrites checked: ${lastSavedName.size}, lost: ${lost}`);

    const totalErrors = rows.reduce((sum, row) => sum + row.errors, 0);
    if (totalErrors > 0) problems.push(`${totalErrors} request(s) failed`);
    if (lost > 0) problems.push(`${lost} write(s) lost`);
    if (/database is locked/i.test(server.output())) problems.push('the server logged "database is locked"');
  } finally {
    await server.stop();
  }
  if (problems.length > 0) {
    console.error(`\nFAILED:\n- ${[...new Set(problems)].slice(0, 20).join("\n- ")}`);
    process.exit(1);
  }
  console.log("\nOK: no errors, no lost writes, no locked database.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
