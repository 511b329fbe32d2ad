// The server itself: it keeps sessions across a restart, marks cookies Secure
// over https, and refuses to start on a database it cannot use.
import { writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import {
  freshDatabaseUrl,
  ServerExited,
  startNext,
  newSecret,
} from "../../scripts/next-server";

// Ports of their own, away from the main run's server.
const port = (index: number) => 3300 + index * 10 + test.info().workerIndex;

test("sessions survive a server restart", async () => {
  // The same database and secret on both starts: the session must survive.
  const env = {
    DATABASE_URL: await freshDatabaseUrl(),
    BETTER_AUTH_SECRET: newSecret(),
  };
  let server = await startNext(env, { port: port(0) });
  const signUp = await fetch(`${server.url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify({
      name: "Restart",
      email: "restart@example.com",
      password: "a long enough password",
    }),
  });
  const cookie = signUp.headers.getSetCookie()[0].split(";")[0];
  await server.stop();

  server = await startNext(env, { port: port(0) });
  try {
    const response = await fetch(`${server.url}/api/user`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).user.name).toBe("Restart");
  } finally {
    await server.stop();
  }
});

test("over https the session cookie is Secure", async () => {
  const server = await startNext(
    {
      BETTER_AUTH_URL: "https://guide.example.test",
    },
    { port: port(1) },
  );
  try {
    const response = await fetch(`${server.url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "https://guide.example.test",
      },
      body: JSON.stringify({
        name: "Secure",
        email: "secure@example.com",
        password: "a long enough password",
      }),
    });
    const cookie = response.headers
      .getSetCookie()
      .find((line) => line.includes("session_token="))!;
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
  } finally {
    await server.stop();
  }
});

test.describe("a database the site cannot use stops it with a message that says what to run", () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), "guide-fault-"));
  const cases: [string, () => string, RegExp][] = [
    [
      "a missing folder",
      () => `file:${path.join(dir(), "no-such-folder", "app.db")}`,
      /folder for the database, .* does not exist/,
    ],
    [
      "a file that is not SQLite",
      () => {
        const file = path.join(dir(), "notes.db");
        writeFileSync(file, "These are my notes, not a database. ".repeat(20));
        return `file:${file}`;
      },
      /is not a SQLite database/,
    ],
    [
      "a database behind on migrations",
      () => {
        const file = path.join(dir(), "old.db");
        new Database(file).close();
        return `file:${file}`;
      },
      /is behind: \d+ migration\(s\) not applied .* Run npm run db:migrate/,
    ],
  ];
  cases.forEach(([label, databaseUrl, message], index) => {
    test(label, async () => {
      const error = await startNext(
        {
          DATABASE_URL: databaseUrl(),
          BETTER_AUTH_SECRET: newSecret(),
        },
        { port: port(2 + index) },
      ).then(
        (server) => server.stop().then(() => null),
        (failure: ServerExited) => failure,
      );
      expect(error, "the server must not start").toBeInstanceOf(ServerExited);
      expect(error!.code).not.toBe(0);
      expect(error!.output).toMatch(message);
      expect(error!.output).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);
    });
  });
});
