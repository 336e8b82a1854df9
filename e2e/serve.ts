// Starts the portal for end-to-end tests: a production build (`npm start`'s server) on a freshly
// migrated and seeded database. DATABASE_URL (CI passes a database it just created) or else a fresh
// PGlite directory under .data/e2e/<port>. Secrets are throw-away unless given; the seed and the server
// share them. Microsoft sign-in points at the local OpenID Connect issuer (e2e/support/oidc-issuer.ts,
// port E2E_OIDC_PORT, default E2E_PORT + 100) unless E2E_MICROSOFT=off. Other variables (for example
// SESSION_IDLE_MINUTES) pass through, which is how specs start server variants (e2e/support/variant-server.ts).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
const oidcPort = process.env.E2E_OIDC_PORT ?? String(Number(port) + 100);
const key = () => randomBytes(32).toString("base64");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? key(),
  PII_ENCRYPTION_KEYS: process.env.PII_ENCRYPTION_KEYS ?? `e2e1:${key()}`,
  PII_FINGERPRINT_KEYS: process.env.PII_FINGERPRINT_KEYS ?? `e2e1:${key()}`,
  ALTCHA_HMAC_SECRET: process.env.ALTCHA_HMAC_SECRET ?? key(),
  // A production build, but a demo deployment (DEMO_MODE: the banner on every page, and production's
  // refusals relaxed only as far as a demo needs): mail stays in /dev/mailbox, the database may be an
  // explicitly named PGlite directory, and synthetic SSNs are accepted.
  DEMO_MODE: "true",
  EMAIL_TRANSPORT: "mailbox",
  ALLOW_TEST_SSNS: "true",
  // Production has no default for the agency's contact details: the demo names Kentucky's, as the specs expect.
  SUPPORT_EMAIL: process.env.SUPPORT_EMAIL ?? "support@kecs.randasolutions.com",
  EMAIL_FROM: process.env.EMAIL_FROM ?? "Kentucky Department of Education <no-reply@kecs.education.ky.gov>",
  SUPPORT_PHONE: process.env.SUPPORT_PHONE ?? "(877) 314-1412",
  NEXT_TELEMETRY_DISABLED: "1",
  // All e2e traffic comes from one address: raise the per-IP registration limits (per-person ones stay).
  RATE_LIMIT_ACCOUNT_SEARCH_IP: "1000/900",
  RATE_LIMIT_ACCOUNT_CREATE_IP: "1000/3600",
  // Every spec searches the same few seeded people: raise the per-record search budget (REG-4) too.
  RATE_LIMIT_ACCOUNT_SEARCH_RECORD: "1000/86400",
  // Failed sign-ins across usernames per network (RL-5): every spec's wrong passwords come from 127.0.0.1.
  RATE_LIMIT_SIGN_IN_NETWORK: "1000/900",
  // The real widget solves a real challenge, at a cost two busy CI cores finish in a second or two.
  ALTCHA_COST: process.env.ALTCHA_COST ?? "100",
};
if (process.env.E2E_MICROSOFT !== "off") {
  env.AUTH_MICROSOFT_ENTRA_ID_ID = "e2e-portal";
  env.AUTH_MICROSOFT_ENTRA_ID_SECRET = "e2e-portal-client-secret-not-real";
  env.AUTH_MICROSOFT_ENTRA_ID_ISSUER = `http://localhost:${oidcPort}`;
  env.MICROSOFT_ALLOWED_TENANTS = "e2e-allowed-tenant";
  // Staff may sign in with Microsoft from the same (test) tenant (issue 15 item 1).
  env.STAFF_MICROSOFT_TENANT = "e2e-allowed-tenant";
}
if (!env.DATABASE_URL) {
  env.PGLITE_DIR = `.data/e2e/${port}/pglite`;
  rmSync(`.data/e2e/${port}`, { recursive: true, force: true });
}

function run(script: string, extra: Record<string, string> = {}) {
  const result = spawnSync("npm", ["run", "--silent", script], { env: { ...env, ...extra }, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("db:migrate");
// Demo accounts with known passwords exist only outside production, so the seed runs as "test".
run("db:seed", { NODE_ENV: "test" });

// The production server (lib/platform/server/start.mjs), as `npm start` runs it: X-Forwarded-For is rebuilt from the socket.
const server = spawn("node", ["lib/platform/server/start.mjs"], { env: { ...env, NODE_ENV: "production", PORT: port }, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
