import { spawnSync } from "node:child_process";
import postgres from "postgres";
import { expect, test } from "./fixtures";
import { postgresServerUrl, productionEnv, startServer, waitFor as waitUntil, type StartedServer } from "./support/production-server";

/**
 * SIGTERM during a slow request (issue 12 item 4): the production server (`npm start`'s start.mjs) on
 * its own PostgreSQL database. The test holds an exclusive lock on educator_names, so a public search
 * waits inside a real query; SIGTERM arrives while it waits; the lock is released; the search is
 * answered in full, the process exits 0 after closing its pool, and no connection of it is left.
 */
const database = `portal_shutdown_${Date.now()}_${process.pid}`;
const databaseUrl = `${postgresServerUrl}/${database}`;
const port = Number(process.env.E2E_PORT ?? 3100) + 300;
// A demonstration deployment, as e2e/serve.ts runs one (the mailbox needs DEMO_MODE in production).
const env: NodeJS.ProcessEnv = { ...productionEnv(port, databaseUrl), DEMO_MODE: "true", EMAIL_TRANSPORT: "mailbox" };

let admin: postgres.Sql;
let server: StartedServer | undefined;
const output = () => server?.output() ?? "";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  admin = postgres(`${postgresServerUrl}/postgres`, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${database}`);
  const migrated = spawnSync("npm", ["run", "--silent", "db:migrate"], { env, encoding: "utf8" });
  expect(migrated.status, migrated.stderr).toBe(0);
});

test.afterAll(async () => {
  if (server && server.process.exitCode === null) server.process.kill("SIGKILL");
  await admin.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

const waitFor = <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000) => waitUntil(what, probe, timeoutMs, output);

const portalConnections = async (sql: postgres.Sql) =>
  Number((await sql`select count(*)::int as n from pg_stat_activity where datname = ${database} and application_name = 'credentialing-portal'`)[0]!.n);

test("SIGTERM lets a slow in-flight request finish, then exits 0 with the pool closed", async () => {
  test.setTimeout(180_000);
  server = startServer(env);
  const { exited } = server;
  const base = `http://localhost:${port}`;
  await waitFor("the server", async () => ((await fetch(`${base}/api/health`)).ok ? true : undefined));
  expect((await fetch(`${base}/api/health/live`)).status).toBe(200);

  const db = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const holder = await db.reserve();
  await holder`begin`;
  await holder`lock table educator_names in access exclusive mode`;
  const slow = fetch(`${base}/search?last=Mitchell`);
  await waitFor("the search to wait on the lock", async () => {
    const [row] = await db`select count(*)::int as n from pg_stat_activity where datname = ${database} and wait_event_type = 'Lock'`;
    return row!.n > 0 ? true : undefined;
  });

  server.process.kill("SIGTERM");
  await waitFor("the shutdown to begin", async () => (output().includes("SIGTERM: finishing in-flight requests") ? true : undefined), 10_000);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(server.process.exitCode, "still running while a request is in flight").toBeNull();
  await expect(fetch(`${base}/api/health/live`), "no new connections once stopping").rejects.toThrow();

  await holder`commit`;
  holder.release();
  const response = await slow;
  expect(response.status).toBe(200);
  expect(await response.text()).toContain("</html>");

  expect(await exited).toBe(0);
  expect(output()).toContain("Shutdown complete: loops stopped, database pool closed");
  await waitFor("the portal's connections to go", async () => ((await portalConnections(db)) === 0 ? true : undefined), 10_000);
  await db.end();
});
