import { spawnSync } from "node:child_process";
import postgres from "postgres";
import { expect, test } from "./fixtures";
import { postgresServerUrl, productionEnv, startServer, waitFor } from "./support/production-server";

/**
 * Issue 11 "Done when": the production build, started with only the documented production variables,
 * serves the portal; started with NODE_ENV unset it still behaves as production; and with
 * EMAIL_TRANSPORT=mailbox but no DEMO_MODE it refuses to start, naming the variable. (With
 * DEMO_MODE=true it serves with the banner: the whole suite runs that way, e2e/shell.spec.ts checks it.)
 */
const database = `portal_start_${Date.now()}_${process.pid}`;
const databaseUrl = `${postgresServerUrl}/${database}`;
const port = Number(process.env.E2E_PORT ?? 3100) + 350;
let admin: postgres.Sql;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  admin = postgres(`${postgresServerUrl}/postgres`, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${database}`);
  const migrated = spawnSync("npm", ["run", "--silent", "db:migrate"], { env: productionEnv(port, databaseUrl), encoding: "utf8" });
  expect(migrated.status, migrated.stderr).toBe(0);
});

test.afterAll(async () => {
  await admin.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

for (const nodeEnv of ["production", undefined]) {
  test(`the documented production variables start a real portal (NODE_ENV ${nodeEnv ?? "unset"}): no demo banner, no /dev pages`, async () => {
    test.setTimeout(150_000);
    const env = Object.entries(productionEnv(port, databaseUrl)).filter(([name]) => nodeEnv !== undefined || name !== "NODE_ENV");
    const server = startServer(Object.fromEntries(env) as NodeJS.ProcessEnv);
    const base = `http://localhost:${port}`;
    try {
      await waitFor("the server", async () => ((await fetch(`${base}/api/health`)).ok ? true : undefined), 120_000, server.output);
      const home = await fetch(`${base}/`);
      expect(home.status).toBe(200);
      const html = await home.text();
      expect(html).toContain("Example State Department of");
      expect(html).not.toContain("Demonstration site");
      expect((await fetch(`${base}/dev/mailbox`)).status).toBe(404);
      expect((await fetch(`${base}/dev/pay`)).status).toBe(404);
    } finally {
      server.process.kill("SIGTERM");
      expect(await server.exited).toBe(0);
    }
  });
}

test("EMAIL_TRANSPORT=mailbox without DEMO_MODE stops the start with a message naming the variable", async () => {
  test.setTimeout(120_000);
  const server = startServer({ ...productionEnv(port, databaseUrl), EMAIL_TRANSPORT: "mailbox" });
  const code = await Promise.race([server.exited, new Promise<"running">((resolve) => setTimeout(() => resolve("running"), 90_000))]);
  if (code === "running") server.process.kill("SIGKILL");
  expect(code, server.output()).not.toBe("running");
  expect(code).not.toBe(0);
  expect(server.output()).toContain("EMAIL_TRANSPORT");
  expect(server.output()).toContain("DEMO_MODE");
});
