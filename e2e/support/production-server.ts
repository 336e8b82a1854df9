import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";

/**
 * The built portal started as an agency would start it (`npm start`'s lib/platform/server/start.mjs),
 * outside the suite's own demo server: for specs about production start-up and shutdown.
 */
export const postgresServerUrl = (process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres").replace(/\/[^/]*$/, "");

const key = () => randomBytes(32).toString("base64");

/**
 * A production configuration with only the variables README's "Running it for your agency" documents:
 * throw-away secrets, an SMTP relay (nothing is sent at start) and an agency that is not Kentucky.
 */
export function productionEnv(port: number, databaseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    APP_URL: `http://localhost:${port}`,
    AUTH_SECRET: key(),
    ALTCHA_HMAC_SECRET: key(),
    PII_ENCRYPTION_KEYS: `s1:${key()}`,
    PII_FINGERPRINT_KEYS: `s1:${key()}`,
    EMAIL_TRANSPORT: "smtp",
    SMTP_URL: "smtp://relay.example.org:587",
    SUPPORT_EMAIL: "support@example.org",
    EMAIL_FROM: "Portal <no-reply@example.org>",
    SUPPORT_PHONE: "(555) 010-0000",
    AGENCY_NAME: "Example State Department of Education",
    AGENCY_LOGO_TOP: "Example State Department of",
    PORTAL_NAME: "Example State Educator Credentialing",
    PORTAL_SHORT_NAME: "ESEC",
    STATE_NAME: "Example State",
    TECHNICAL_SUPPORT_EMAIL: "it@example.org",
    POLICY_EMAIL: "licensure@example.org",
    COPYRIGHT_HOLDER: "Example State",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  return env;
}

export type StartedServer = { process: ChildProcess; output: () => string; exited: Promise<number | null> };

export function startServer(env: NodeJS.ProcessEnv): StartedServer {
  let output = "";
  const child = spawn("node", ["lib/platform/server/start.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

/** Polls `probe` until it gives a value (errors count as not yet). */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000, detail = () => ""): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${detail()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
