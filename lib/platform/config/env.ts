import "server-only";
import { z } from "zod";
import { defaultAgencyTimeZone, validTimeZone } from "./time-zone";
import { devSecretsFile, generatedSecretNames, loadDevSecrets } from "./dev-secrets";
import { booleanFlag } from "./boolean-flag";
import { keyListSchema } from "./keys";
import { rateLimitOverridesFrom } from "./rate-limit-overrides";
import { operationsConfigProblems, operationsConfigShape } from "./operations-config";
import { feesAndDocumentsConfigShape } from "./fees-and-documents-config";
import { demoModeFrom, productionGuardProblems } from "./production-guard";

/**
 * The server's configuration, validated once when the server (or a script) starts and never at
 * import or build time: `getConfig()` is the only reader of secrets in process.env.
 */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const secret = z.string().min(32, "must be at least 32 characters of random data");

const configSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
  /** false: no named statements, for a pooler that cannot carry them (read by lib/platform/db/client.ts; checked here). */
  DATABASE_PREPARED_STATEMENTS: booleanFlag.default(true),
  APP_URL: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, "")),
  AUTH_SECRET: secret,
  PII_ENCRYPTION_KEYS: keyListSchema,
  PII_FINGERPRINT_KEYS: keyListSchema,
  ALTCHA_HMAC_SECRET: secret,
  ALTCHA_COST: z.coerce.number().int().min(1).max(1_000_000).default(1_000),
  EMAIL_TRANSPORT: z.enum(["resend", "mailbox", "smtp"]).optional(),
  RESEND_API_KEY: optionalText,
  EMAIL_FROM: z.string().trim().min(3).default("Kentucky Department of Education <no-reply@kecs.education.ky.gov>"),
  SUPPORT_EMAIL: z.email().default("support@kecs.randasolutions.com"),
  AUTH_MICROSOFT_ENTRA_ID_ID: optionalText,
  AUTH_MICROSOFT_ENTRA_ID_SECRET: optionalText,
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: z.url().optional(),
  MICROSOFT_ALLOWED_TENANTS: optionalText.transform((value) =>
    value ? value.split(",").map((tenant) => tenant.trim()).filter(Boolean) : [],
  ),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(15),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  ALLOW_TEST_SSNS: booleanFlag.optional(),
  /** Issue 14: an educator without a second factor is sent to set one up after signing in, and cannot remove the last. */
  MFA_REQUIRED_FOR_EDUCATORS: booleanFlag.default(false),
  /** Issue 14 item 6: `true` lets a Microsoft sign-in whose token says MFA was done (amr has "mfa") skip the second step. */
  TRUST_MICROSOFT_MFA: booleanFlag.default(false),
  // --- Issue 15 (staff console): shorter staff sessions and the agency's own Microsoft tenant for staff.
  STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(120).default(15),
  STAFF_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24).default(8),
  STAFF_MICROSOFT_TENANT: optionalText,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  AGENCY_TIME_ZONE: z.string().trim().default(defaultAgencyTimeZone).refine(validTimeZone, "must be an IANA time zone name such as America/New_York"),
  // --- Issue 12 (operators): SMTP relay, DKIM and retention periods, defined in operations-config.ts.
  ...operationsConfigShape,
  // --- Issue 13 (documents and fees): upload limits and the abandoned-payment age, in fees-and-documents-config.ts.
  ...feesAndDocumentsConfigShape,
});

type ParsedConfig = z.infer<typeof configSchema>;

export type Config = Omit<ParsedConfig, "EMAIL_TRANSPORT" | "ALLOW_TEST_SSNS"> & {
  isProduction: boolean;
  EMAIL_TRANSPORT: "resend" | "mailbox" | "smtp";
  /** Synthetic SSNs (area 900-999) are accepted: always outside production, in production only when chosen. */
  ALLOW_TEST_SSNS: boolean;
  microsoftConfigured: boolean;
  /** DEMO_MODE=true: a demonstration site (mailbox allowed in production, banner on every page). */
  DEMO_MODE: boolean;
  rateLimitOverrides: Record<string, { max: number; windowSeconds: number }>;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The portal cannot start; fix its configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Checks that span several variables. They run on the raw input even when single-variable checks
 * fail, so one failed start names every problem (a production start with nothing set must name
 * RESEND_API_KEY alongside AUTH_SECRET, not only after the rest are fixed).
 */
function crossVariableProblems(input: Record<string, string | undefined>, production: boolean): string[] {
  const present = (name: string) => Boolean(input[name]?.trim());
  const problems: string[] = [];
  const transport = input.EMAIL_TRANSPORT?.trim() || (present("RESEND_API_KEY") || production ? "resend" : "mailbox");
  if (transport === "resend" && !present("RESEND_API_KEY")) problems.push("RESEND_API_KEY is missing (EMAIL_TRANSPORT is resend)");
  const entra = ["AUTH_MICROSOFT_ENTRA_ID_ID", "AUTH_MICROSOFT_ENTRA_ID_SECRET", "AUTH_MICROSOFT_ENTRA_ID_ISSUER"].map(present);
  if (entra.some(Boolean) && !entra.every(Boolean)) {
    problems.push("AUTH_MICROSOFT_ENTRA_ID_ID, _SECRET and _ISSUER must be set together");
  }
  const appUrl = input.APP_URL?.trim();
  if (production && appUrl && !appUrl.startsWith("https://") && !/^http:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(appUrl)) {
    problems.push("APP_URL must be https:// in production");
  }
  // --- Issue 12 (operators): SMTP_URL with EMAIL_TRANSPORT=smtp, DKIM variables together.
  problems.push(...operationsConfigProblems(input, transport));
  // --- issue 11 item 7 (h6): production fails closed; the rules live in production-guard.ts ---
  if (production) problems.push(...productionGuardProblems(input, transport));
  // --- end issue 11 item 7 ---
  return problems;
}

/** Validates an environment. Pure: callers decide whether to cache, print or exit. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const production = env.NODE_ENV === "production";
  const input: Record<string, string | undefined> = { ...env };
  if (!production) {
    input.APP_URL ||= `http://localhost:${env.PORT || 3000}`;
    const missing = generatedSecretNames.filter((name) => !input[name]);
    if (missing.length > 0) {
      const dev = loadDevSecrets(devSecretsFile(env.DATA_DIR || undefined));
      for (const name of missing) input[name] = dev[name];
    }
  }
  const result = configSchema.safeParse(input);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "configuration");
        return input[name] === undefined ? `${name} is missing` : `${name} ${issue.message}`;
      });
  problems.push(...crossVariableProblems(input, production));
  let rateLimitOverrides: Config["rateLimitOverrides"] = {};
  try {
    rateLimitOverrides = rateLimitOverridesFrom(env);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (!result.success || problems.length > 0) throw new ConfigError([...new Set(problems)]);

  const parsed = result.data;
  const entra = [parsed.AUTH_MICROSOFT_ENTRA_ID_ID, parsed.AUTH_MICROSOFT_ENTRA_ID_SECRET, parsed.AUTH_MICROSOFT_ENTRA_ID_ISSUER];
  return {
    ...parsed,
    isProduction: production,
    EMAIL_TRANSPORT: parsed.EMAIL_TRANSPORT ?? (parsed.RESEND_API_KEY || production ? "resend" : "mailbox"),
    ALLOW_TEST_SSNS: parsed.ALLOW_TEST_SSNS ?? !production,
    microsoftConfigured: entra.every(Boolean),
    DEMO_MODE: demoModeFrom(env),
    rateLimitOverrides,
  };
}

const holder = globalThis as typeof globalThis & { __portalConfig?: Config };

/** The validated configuration of this process (validated on first call, then cached). */
export function getConfig(): Config {
  holder.__portalConfig ??= parseConfig(process.env);
  return holder.__portalConfig;
}

/** Tests change the environment between cases; this makes the next getConfig() read it again. */
export function resetConfig(): void {
  holder.__portalConfig = undefined;
}
