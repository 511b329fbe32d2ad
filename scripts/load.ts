// npm run load: many signed-in readers at once against the production build,
// on a fresh SQLite database. Exits non-zero on any error, any lost write, or
// any "database is locked".
//
//   LOAD_USERS (50)  concurrent signed-in readers     LOAD_SECONDS (30)  how long they run
//   LOAD_SIGNUPS (100)  sign-ups sent at the same moment
//
// runLoad() runs the same load against a site that is already up (the scale
// test's nginx in front of two instances on PostgreSQL).
import { pathToFileURL } from "node:url";
import { openSql } from "../tests/e2e/support/sql";
import { startProductionServer } from "./next-server";
import {
  browserFetch,
  headersFor,
  nameFormFields,
  postName,
  resent,
  signUpClient,
  type Client,
} from "./http-client";
import { summarize, table } from "./stats";

const USERS = Number(process.env.LOAD_USERS || 50);
const SECONDS = Number(process.env.LOAD_SECONDS || 30);
const SIGNUPS = Number(process.env.LOAD_SIGNUPS || 100);

type Operation =
  "GET /api/user" | "GET /examples/server-component" | "POST server action";
const OPERATIONS: Operation[] = [
  "GET /api/user",
  "GET /examples/server-component",
  "POST server action",
];

export type LoadRow = {
  operation: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
};
export type LoadResult = {
  rows: LoadRow[];
  writesChecked: number;
  lost: number;
  problems: string[];
};

type Target = {
  url: string;
  databaseUrl: string;
  seconds?: number;
  users?: number;
  signups?: number;
  halfway?: () => Promise<void>;
};

/** The load against a running site; `halfway` runs while the readers are at it (the scale test stops an instance there). */
export async function runLoad({
  url,
  databaseUrl,
  seconds = SECONDS,
  users = USERS,
  signups: signupCount = SIGNUPS,
  halfway,
}: Target): Promise<LoadResult> {
  const problems: string[] = [];
  resent.count = 0;
  // 1. Sign-ups, all at once.
  const signupStart = performance.now();
  const signupLatencies: number[] = [];
  const signups = await Promise.allSettled(
    Array.from({ length: signupCount }, async (_, index) => {
      const started = performance.now();
      const client = await signUpClient(url, index);
      signupLatencies.push(performance.now() - started);
      return client;
    }),
  );
  const signupSeconds = (performance.now() - signupStart) / 1000;
  const clients = signups.flatMap((result) =>
    result.status === "fulfilled" ? [result.value] : [],
  );
  signups.forEach(
    (result) =>
      result.status === "rejected" && problems.push(String(result.reason)),
  );
  const rows = [
    {
      operation: `sign-up (${signupCount} at once)`,
      ...summarize(
        signupLatencies,
        signupCount - clients.length,
        signupSeconds,
      ),
    },
  ];

  // 2. Signed-in readers, each looping over the three protected examples.
  const readers = clients.slice(0, users);
  const fields = await nameFormFields(url, readers[0]);
  const latencies = new Map<Operation, number[]>(
    OPERATIONS.map((operation) => [operation, []]),
  );
  const errors = new Map<Operation, number>(
    OPERATIONS.map((operation) => [operation, 0]),
  );
  const lastSavedName = new Map<Client, string>();
  const deadline = performance.now() + seconds * 1000;

  async function reader(client: Client, readerIndex: number) {
    for (let step = 0; performance.now() < deadline; step++) {
      const operation = OPERATIONS[step % OPERATIONS.length];
      const started = performance.now();
      let ok = false;
      try {
        if (operation === "GET /api/user") {
          const response = await browserFetch(`${url}/api/user`, {
            headers: headersFor(client, url),
          });
          ok =
            response.status === 200 &&
            (await response.json()).user?.email === client.email;
        } else if (operation === "GET /examples/server-component") {
          const response = await browserFetch(
            `${url}/examples/server-component`,
            { headers: headersFor(client, url), redirect: "manual" },
          );
          ok =
            response.status === 200 &&
            (await response.text()).includes("Welcome,");
        } else {
          const name = `Reader ${readerIndex} write ${step}`;
          const response = await postName(url, client, fields, name);
          ok =
            response.status === 200 &&
            (await response.text()).includes("Saved.");
          if (ok) lastSavedName.set(client, name);
        }
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } })
          .cause;
        problems.push(
          `${operation}: ${error}${cause ? ` (${cause.code ?? ""} ${cause.message ?? ""})` : ""}`,
        );
      }
      latencies.get(operation)!.push(performance.now() - started);
      if (!ok) errors.set(operation, errors.get(operation)! + 1);
    }
  }
  await Promise.all([
    ...readers.map(reader),
    halfway &&
      new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 2)).then(
        halfway,
      ),
  ]);
  for (const operation of OPERATIONS) {
    rows.push({
      operation,
      ...summarize(latencies.get(operation)!, errors.get(operation)!, seconds),
    });
  }

  // 3. Every saved name must be in the database.
  const db = openSql(databaseUrl);
  let lost = 0;
  for (const [client, name] of lastSavedName) {
    const row = db.get<{ name: string }>(
      'SELECT name FROM "user" WHERE email = ?',
      client.email,
    );
    if (row?.name !== name) lost++;
  }
  db.close();

  console.log(
    `\n${users} signed-in readers for ${seconds} s, ${signupCount} sign-ups at once (latencies in ms)\n`,
  );
  console.log(
    table(
      rows.map(
        ({ operation, requests, perSecond, p50, p99, errors: failed }) => ({
          operation,
          requests,
          "req/s": perSecond,
          "p50 ms": p50,
          "p99 ms": p99,
          errors: failed,
        }),
      ),
    ),
  );
  console.log(
    `\nwrites checked: ${lastSavedName.size}, lost: ${lost}; sent again on a new connection, as a browser would: ${resent.count}`,
  );

  const totalErrors = rows.reduce((sum, row) => sum + row.errors, 0);
  if (totalErrors > 0) problems.push(`${totalErrors} request(s) failed`);
  if (lost > 0) problems.push(`${lost} write(s) lost`);
  return { rows, writesChecked: lastSavedName.size, lost, problems };
}

async function main() {
  const server = await startProductionServer();
  let problems: string[];
  try {
    console.log(`Server at ${server.url}, database ${server.databaseFile}`);
    ({ problems } = await runLoad({
      url: server.url,
      databaseUrl: `file:${server.databaseFile}`,
    }));
    if (/database is locked/i.test(server.output())) {
      problems.push('the server logged "database is locked"');
    }
  } finally {
    await server.stop();
  }
  if (problems.length > 0) {
    console.error(
      `\nFAILED:\n- ${[...new Set(problems)].slice(0, 20).join("\n- ")}`,
    );
    process.exit(1);
  }
  console.log("\nOK: no errors, no lost writes, no locked database.");
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
