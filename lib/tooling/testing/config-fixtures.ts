import { expect } from "vitest";
import { ConfigError, parseConfig } from "@/lib/platform/config/env";

const key = (fill: number) => Buffer.alloc(32, fill).toString("base64");

/**
 * The smallest production environment that starts: real secrets, an https APP_URL, a PostgreSQL
 * database and the agency's own name and contacts (production fails closed without them). No transport key:
 * each test names the transport it is about.
 */
export const productionBase = {
  NODE_ENV: "production",
  APP_URL: "https://portal.example.org",
  AUTH_SECRET: "a".repeat(40),
  ALTCHA_HMAC_SECRET: "b".repeat(40),
  PII_ENCRYPTION_KEYS: `k1:${key(1)}`,
  PII_FINGERPRINT_KEYS: `f1:${key(2)}`,
  DATABASE_URL: "postgres://portal@db.example.org:5432/portal",
  SUPPORT_EMAIL: "help@agency.example.org",
  EMAIL_FROM: "Agency <no-reply@agency.example.org>",
  SUPPORT_PHONE: "(555) 010-0100",
  // Another agency than the built-in one: production refuses the built-in one's names and contacts.
  AGENCY_NAME: "Example State Department of Education",
  AGENCY_LOGO_TOP: "Example State Department of",
  PORTAL_NAME: "Example State Educator Credentialing",
  PORTAL_SHORT_NAME: "ESEC",
  STATE_NAME: "Example State",
  TECHNICAL_SUPPORT_EMAIL: "it-help@agency.example.org",
  POLICY_EMAIL: "licensure@agency.example.org",
  COPYRIGHT_HOLDER: "Example State Department of Education",
} as const;

/** What a configuration that must not start says is wrong (fails the test when it starts). */
export function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}
