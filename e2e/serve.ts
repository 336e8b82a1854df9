// Starts the portal for end-to-end tests: a production build (`next start`) on a freshly migrated and
// seeded database. DATABASE_URL (CI passes a database it just created) or else a fresh PGlite
// directory under .data/e2e. Secrets are throw-away unless given; the seed and the server share them.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
const key = () => randomBytes(32).toString("base64");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? key(),
  PII_ENCRYPTION_KEYS: process.env.PII_ENCRYPTION_KEYS ?? `e2e1:${key()}`,
  PII_FINGERPRINT_KEYS: process.env.PII_FINGERPRINT_KEYS ?? `e2e1:${key()}`,
  ALTCHA_HMAC_SECRET: process.env.ALTCHA_HMAC_SECRET ?? key(),
  // A production build, but a demo deployment: mail stays in /dev/mailbox and synthetic SSNs are accepted.
  EMAIL_TRANSPORT: "mailbox",
  ALLOW_TEST_SSNS: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  // All e2e traffic comes from one address: raise the per-IP registration limits (per-person ones stay).
  RATE_LIMIT_ACCOUNT_SEARCH_IP: "1000/900",
  RATE_LIMIT_ACCOUNT_CREATE_IP: "1000/3600",
  // The real widget solves a real challenge, at a cost two busy CI cores finish in a second or two.
  ALTCHA_COST: process.env.ALTCHA_COST ?? "100",
};
if (!env.DATABASE_URL) {
  env.PGLITE_DIR = ".data/e2e/pglite";
  rmSync(".data/e2e", { recursive: true, force: true });
}

function run(script: string, extra: Record<string, string> = {}) {
  const result = spawnSync("npm", ["run", "--silent", script], { env: { ...env, ...extra }, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("db:migrate");
// Demo accounts with known passwords exist only outside production, so the seed runs as "test".
run("db:seed", { NODE_ENV: "test" });

const server = spawn("npx", ["next", "start", "-p", port], { env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
