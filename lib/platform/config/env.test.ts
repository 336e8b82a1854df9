import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { devSecretsFile } from "./dev-secrets";
import { parseConfig } from "./env";
import { problemsOf, productionBase } from "@/lib/tooling/testing/config-fixtures";
import { defaultToProduction } from "@/lib/platform/server/production-default.mjs";

const key = (fill: number) => Buffer.alloc(32, fill).toString("base64");
const productionEnv = { ...productionBase, RESEND_API_KEY: "re_test_key" } as const;

let dataDir: string;
beforeEach(() => {
  // Development secrets go to a throw-away directory, never the real .data/.
  dataDir = mkdtempSync(path.join(tmpdir(), "portal-config-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe("production configuration", () => {
  it("refuses to start with nothing set and names every missing variable at once", () => {
    const problems = problemsOf({ NODE_ENV: "production", DATA_DIR: dataDir });
    for (const name of ["AUTH_SECRET", "PII_ENCRYPTION_KEYS", "PII_FINGERPRINT_KEYS", "ALTCHA_HMAC_SECRET", "APP_URL", "RESEND_API_KEY"]) {
      expect(problems.some((problem) => problem.startsWith(`${name} is missing`)), name).toBe(true);
    }
    expect(existsSync(devSecretsFile(dataDir)), "production never generates secrets").toBe(false);
  });

  it("starts with every variable set", () => {
    const config = parseConfig({ ...productionEnv });
    expect(config.isProduction).toBe(true);
    expect(config.EMAIL_TRANSPORT).toBe("resend");
    expect(config.ALLOW_TEST_SSNS).toBe(false);
    expect(config.PII_ENCRYPTION_KEYS.map((entry) => entry.id)).toEqual(["k1"]);
  });

  it("needs RESEND_API_KEY for the default transport, and https for APP_URL", () => {
    const problems = problemsOf({ ...productionEnv, RESEND_API_KEY: undefined, APP_URL: "http://portal.example.org" });
    expect(problems).toContain("RESEND_API_KEY is missing (EMAIL_TRANSPORT is resend)");
    expect(problems).toContain("APP_URL must be https:// in production");
  });

  it("refuses short secrets and a half-configured Microsoft sign-in", () => {
    const problems = problemsOf({ ...productionEnv, AUTH_SECRET: "short", AUTH_MICROSOFT_ENTRA_ID_ID: "client-id" });
    expect(problems.some((problem) => problem.startsWith("AUTH_SECRET must be at least 32"))).toBe(true);
    expect(problems).toContain("AUTH_MICROSOFT_ENTRA_ID_ID, _SECRET and _ISSUER must be set together");
    expect(problems.join("\n")).not.toContain("short");
  });

  it("keeps Eastern time unless AGENCY_TIME_ZONE names another IANA zone, and refuses a made-up one", () => {
    expect(parseConfig({ ...productionEnv }).AGENCY_TIME_ZONE).toBe("America/New_York");
    expect(parseConfig({ ...productionEnv, AGENCY_TIME_ZONE: "America/Chicago" }).AGENCY_TIME_ZONE).toBe("America/Chicago");
    expect(problemsOf({ ...productionEnv, AGENCY_TIME_ZONE: "Mars/Olympus" })).toEqual(["AGENCY_TIME_ZONE must be an IANA time zone name such as America/New_York"]);
  });
});

describe("key lists", () => {
  it("reports a wrong length, a duplicate id and a missing id without printing key material", () => {
    const shortKey = Buffer.alloc(16, 7).toString("base64");
    const problems = problemsOf({
      ...productionEnv,
      PII_ENCRYPTION_KEYS: `k2:${shortKey},k1:${key(1)}`,
      PII_FINGERPRINT_KEYS: `f1:${key(2)},f1:${key(3)},${key(4)}`,
    });
    const text = problems.join("\n");
    expect(text).toContain("PII_ENCRYPTION_KEYS key 1 (k2) must be 32 bytes of base64");
    expect(text).toContain("PII_FINGERPRINT_KEYS key id f1 appears twice");
    expect(text).toContain("PII_FINGERPRINT_KEYS key 3 needs an id");
    for (const material of [shortKey, key(1), key(2), key(3), key(4)]) expect(text).not.toContain(material);
  });

  it("keeps the order given, current key first", () => {
    const config = parseConfig({ ...productionEnv, PII_FINGERPRINT_KEYS: ` f2:${key(5)} , f1:${key(2)} ` });
    expect(config.PII_FINGERPRINT_KEYS.map((entry) => entry.id)).toEqual(["f2", "f1"]);
    expect(config.PII_FINGERPRINT_KEYS[0]!.key).toEqual(Buffer.alloc(32, 5));
  });
});

describe("development configuration", () => {
  it("generates the secrets once into DATA_DIR and reuses them on the next start", () => {
    const first = parseConfig({ NODE_ENV: "development", DATA_DIR: dataDir });
    const file = devSecretsFile(dataDir);
    expect(existsSync(file)).toBe(true);
    expect(first.APP_URL).toBe("http://localhost:3000");
    expect(first.EMAIL_TRANSPORT).toBe("mailbox");
    expect(first.ALLOW_TEST_SSNS).toBe(true);

    const second = parseConfig({ NODE_ENV: "development", DATA_DIR: dataDir });
    expect(second.AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(second.PII_ENCRYPTION_KEYS).toEqual(first.PII_ENCRYPTION_KEYS);
    expect(second.PII_FINGERPRINT_KEYS).toEqual(first.PII_FINGERPRINT_KEYS);
    expect(second.PII_ENCRYPTION_KEYS[0]!.key).not.toEqual(second.PII_FINGERPRINT_KEYS[0]!.key);
    expect(JSON.parse(readFileSync(file, "utf8")).AUTH_SECRET).toBe(first.AUTH_SECRET);
  });

  it("prefers variables that are set over generated ones", () => {
    const config = parseConfig({ NODE_ENV: "development", DATA_DIR: dataDir, PII_ENCRYPTION_KEYS: `mine:${key(9)}`, PORT: "4000" });
    expect(config.PII_ENCRYPTION_KEYS.map((entry) => entry.id)).toEqual(["mine"]);
    expect(config.PII_FINGERPRINT_KEYS.map((entry) => entry.id)).toEqual(["dev1"]);
    expect(config.APP_URL).toBe("http://localhost:4000");
  });
});

describe("email transport and rate limits", () => {
  it("defaults the transport: mailbox in development, resend when a key is set or in production", () => {
    expect(parseConfig({ NODE_ENV: "development", DATA_DIR: dataDir }).EMAIL_TRANSPORT).toBe("mailbox");
    expect(parseConfig({ NODE_ENV: "development", DATA_DIR: dataDir, RESEND_API_KEY: "re_x" }).EMAIL_TRANSPORT).toBe("resend");
    expect(parseConfig({ ...productionEnv }).EMAIL_TRANSPORT).toBe("resend");
    expect(parseConfig({ ...productionEnv, RESEND_API_KEY: undefined, EMAIL_TRANSPORT: "mailbox", DEMO_MODE: "true" }).EMAIL_TRANSPORT).toBe("mailbox");
  });

  it("parses RATE_LIMIT_* overrides", () => {
    const config = parseConfig({ ...productionEnv, RATE_LIMIT_ACCOUNT_SEARCH_IP: "200/900", RATE_LIMIT_SIGN_IN: " 5 / 60 " });
    expect(config.rateLimitOverrides).toEqual({
      "account-search-ip": { max: 200, windowSeconds: 900 },
      "sign-in": { max: 5, windowSeconds: 60 },
    });
  });

  it("reports a malformed override as a configuration problem, with the others", () => {
    const problems = problemsOf({ ...productionEnv, AUTH_SECRET: undefined, RATE_LIMIT_SIGN_IN: "five" });
    expect(problems).toContain("AUTH_SECRET is missing");
    expect(problems.some((problem) => problem.startsWith("RATE_LIMIT_SIGN_IN must look like"))).toBe(true);
    // A zero-second window would limit nothing.
    expect(problemsOf({ ...productionEnv, RATE_LIMIT_RESET: "5/0" })[0]).toMatch(/^RATE_LIMIT_RESET must look like/);
  });
});

describe("production fails closed (issue 11 item 7: a public /dev/mailbox hands out every emailed token, TOK-1)", () => {
  it("refuses EMAIL_TRANSPORT=mailbox without DEMO_MODE, naming the variable and no value", () => {
    const problems = problemsOf({ ...productionEnv, EMAIL_TRANSPORT: "mailbox", RESEND_API_KEY: undefined });
    expect(problems).toEqual([
      "EMAIL_TRANSPORT=mailbox is refused in production (mail would be readable at /dev/mailbox); set DEMO_MODE=true only for a demonstration site",
    ]);
    expect(problemsOf({ ...productionEnv, EMAIL_TRANSPORT: "mailbox", DEMO_MODE: "false" })[0]).toMatch(/^EMAIL_TRANSPORT=mailbox is refused/);
  });

  it("serves a demonstration site with DEMO_MODE=true: mailbox allowed, the banner's flag set", () => {
    const config = parseConfig({ ...productionEnv, EMAIL_TRANSPORT: "mailbox", RESEND_API_KEY: undefined, DEMO_MODE: "true" });
    expect(config).toMatchObject({ isProduction: true, EMAIL_TRANSPORT: "mailbox", DEMO_MODE: true });
    expect(parseConfig({ ...productionEnv }).DEMO_MODE).toBe(false);
  });

  it("requires DATABASE_URL: no silent PGlite, only an explicit PGLITE_DIR on a demonstration site", () => {
    const problems = problemsOf({ ...productionEnv, DATABASE_URL: undefined });
    expect(problems).toEqual([expect.stringMatching(/^DATABASE_URL is missing \(production never falls back to the embedded PGlite/)]);
    expect(problemsOf({ ...productionEnv, DATABASE_URL: undefined, PGLITE_DIR: "/srv/pglite" })[0]).toMatch(/^DATABASE_URL is missing/);
    expect(problemsOf({ ...productionEnv, DATABASE_URL: undefined, DEMO_MODE: "true" })[0]).toMatch(/^DATABASE_URL is missing/);
    expect(parseConfig({ ...productionEnv, DATABASE_URL: undefined, DEMO_MODE: "true", PGLITE_DIR: "/srv/pglite" }).PGLITE_DIR).toBe("/srv/pglite");
  });

  it("takes DATABASE_PREPARED_STATEMENTS as a flag, on by default, and refuses another spelling at start", () => {
    expect(parseConfig({ ...productionEnv }).DATABASE_PREPARED_STATEMENTS).toBe(true);
    expect(parseConfig({ ...productionEnv, DATABASE_PREPARED_STATEMENTS: "false" }).DATABASE_PREPARED_STATEMENTS).toBe(false);
    expect(problemsOf({ ...productionEnv, DATABASE_PREPARED_STATEMENTS: "off" })).toEqual([expect.stringMatching(/^DATABASE_PREPARED_STATEMENTS/)]);
  });

  it("requires the agency's own SUPPORT_EMAIL, EMAIL_FROM and SUPPORT_PHONE: no vendor or Kentucky default", () => {
    const problems = problemsOf({ ...productionEnv, SUPPORT_EMAIL: undefined, EMAIL_FROM: " ", SUPPORT_PHONE: undefined });
    for (const name of ["SUPPORT_EMAIL", "EMAIL_FROM", "SUPPORT_PHONE"]) {
      expect(problems.some((problem) => problem.startsWith(`${name} is missing`)), name).toBe(true);
    }
    expect(problems.join("\n")).not.toMatch(/randasolutions|kecs|Kentucky|877/i);
    // Development keeps its defaults, so `npm run dev` still needs nothing set.
    expect(parseConfig({ NODE_ENV: "development", DATA_DIR: dataDir }).SUPPORT_EMAIL).toBe("support@kecs.randasolutions.com");
  });

  it("names every missing variable by name, never a value that was set", () => {
    const problems = problemsOf({ ...productionEnv, DATABASE_URL: undefined, SUPPORT_PHONE: undefined, EMAIL_TRANSPORT: "mailbox" });
    expect(problems).toHaveLength(3);
    const text = problems.join("\n");
    for (const [name, value] of Object.entries(productionEnv)) if (name !== "NODE_ENV") expect(text).not.toContain(value);
  });

  it("a server started with NODE_ENV unset runs as production, and refuses to start with no secrets", () => {
    const env: Record<string, string | undefined> = { DATA_DIR: dataDir };
    expect(defaultToProduction(env)).toBe("production");
    const problems = problemsOf(env as NodeJS.ProcessEnv);
    for (const name of ["AUTH_SECRET", "PII_ENCRYPTION_KEYS", "APP_URL", "DATABASE_URL", "SUPPORT_EMAIL"]) {
      expect(problems.some((problem) => problem.startsWith(`${name} is missing`)), name).toBe(true);
    }
    expect(existsSync(devSecretsFile(dataDir)), "production never generates secrets").toBe(false);
    expect(defaultToProduction({ NODE_ENV: "test" })).toBe("test");
  });
});
