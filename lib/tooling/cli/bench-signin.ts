// `npm run bench:signin [-- --seconds S --accounts N --port P --build]`: username-and-password sign-in
// throughput and latency at 1, 10 and 50 concurrent clients against a production build on PostgreSQL,
// with argon2id verification alone at the same concurrency beside it. Works in a throw-away database
// on BENCH_DATABASE_URL's server (default the local one) that it creates, migrates, seeds and drops.
import "./load-env";
import { resetConfig } from "@/lib/platform/config/env";
import { openDatabase } from "@/lib/platform/db/client";
import { migrateDatabase } from "@/lib/platform/db/migrate";
import { verifyPassword } from "@/lib/platform/security/password-hash";
import { loadBenchSecrets } from "@/lib/tooling/bench/bench-secrets";
import { demoDeploymentEnv } from "@/lib/tooling/bench/demo-deployment";
import { option } from "@/lib/tooling/bench/cli-options";
import { markdownTable } from "@/lib/tooling/bench/report";
import { ensureBuild, startServer } from "@/lib/tooling/bench/server";
import { benchPassword, seedBenchAccounts } from "@/lib/tooling/bench/sign-in-accounts";
import { checkSessionWorks, signInOverHttp } from "@/lib/tooling/bench/sign-in-request";
import { percentile } from "@/lib/tooling/bench/stats";
import { failureCount, runTimedWorkers, type TimedRun } from "@/lib/tooling/bench/timed-workers";
import { adminQuery, withDatabaseName } from "@/lib/tooling/testing/postgres-admin";

const levels = [1, 10, 50];
const ms = (run: TimedRun | number[], q: number) => {
  const sorted = [...(Array.isArray(run) ? run : run.latencies)].sort((a, b) => a - b);
  return percentile(sorted, q).toFixed(0);
};
const perSecond = (run: TimedRun) => (run.latencies.length / run.seconds).toFixed(1);

async function main() {
  const seconds = option("seconds", 10);
  const port = option("port", 3191);
  // Each client signs in to its own accounts in turn, so no two concurrent sign-ins share an account.
  const accountCount = option("accounts", Math.max(...levels) * 5);
  const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `bench_signin_${process.pid}`;
  const env = {
    ...loadBenchSecrets(),
    DATABASE_URL: withDatabaseName(serverUrl, name),
    DATABASE_POOL_MAX: "20",
    APP_URL: `http://127.0.0.1:${port}`,
    ...demoDeploymentEnv,
    // All load comes from one address; these throttles (RL-2, RL-3) would otherwise refuse or log
    // after a handful. The per-account lockout stays: it only counts failures, and there are none.
    RATE_LIMIT_SIGN_IN_USERNAME_IP: "1000000000/60",
    RATE_LIMIT_SIGN_IN_IP: "1000000000/60",
  };
  Object.assign(process.env, env);
  resetConfig();
  const log = (line: string) => console.log(line);

  await adminQuery(serverUrl, `create database "${name}"`);
  const handle = openDatabase({ url: env.DATABASE_URL, poolSize: 4 });
  try {
    await migrateDatabase(handle);
    const { accounts, hash } = await seedBenchAccounts(handle.db, accountCount);
    await handle.close();
    log(`Database ${name}: ${accounts.length} bench accounts (argon2id ${hash.split("$").slice(2, 4).join(" ")}).`);

    await ensureBuild(process.argv.includes("--build"), log);
    const server = await startServer(port, env);
    const rows: string[][] = [];
    const failures: string[] = [];
    try {
      await checkSessionWorks(server.url, accounts[0]!);
      for (let i = 0; i < 10; i += 1) await signInOverHttp(server.url, accounts[i % accounts.length]!);
      for (const clients of levels) {
        log(`Sign-in for ${seconds} s at ${clients} concurrent client(s)...`);
        const posts: number[] = [];
        const http = await runTimedWorkers(clients, seconds, async (worker, iteration) => {
          posts.push(await signInOverHttp(server.url, accounts[(worker + iteration * clients) % accounts.length]!));
        });
        log(`argon2id verification alone for ${seconds} s at ${clients} concurrent call(s)...`);
        const argon = await runTimedWorkers(clients, seconds, async () => {
          if (!(await verifyPassword(hash, benchPassword))) throw new Error("argon2: no match");
        });
        rows.push([String(clients), perSecond(http), ms(http, 0.5), ms(http, 0.95), ms(http, 0.99), ms(posts, 0.5), String(failureCount(http.failures)), perSecond(argon), ms(argon, 0.5), ms(argon, 0.95)]);
        for (const [reason, count] of [...http.failures, ...argon.failures]) failures.push(`  ${clients} client(s): ${count} × ${reason}`);
      }
    } finally {
      await server.stop();
    }
    log("");
    log(`Sign-in (GET /api/auth/csrf + POST /api/auth/callback/credentials, each verified to set a session cookie), ${seconds} s per level:`);
    log(
      markdownTable(
        ["clients", "sign-ins/s", "p50 ms", "p95 ms", "p99 ms", "POST p50 ms", "failures", "argon2 verify/s", "argon2 p50 ms", "argon2 p95 ms"],
        rows,
      ),
    );
    log(failures.length ? `Failures:\n${failures.join("\n")}` : "Failures: none.");
  } finally {
    await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("bench:signin failed:", error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
