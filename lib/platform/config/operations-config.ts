import { z } from "zod";

/**
 * Issue 12's operator settings (SMTP relay, DKIM, retention periods), kept apart from env.ts's core
 * schema so the two grow without colliding; env.ts merges this shape and these cross-checks.
 */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const days = (fallback: number) => z.coerce.number().int().min(1).max(36_500).default(fallback);

export const operationsConfigShape = {
  /** smtp://user:pass@relay:587 (STARTTLS when offered) or smtps://…:465 (TLS from the first byte). */
  SMTP_URL: optionalText.refine((value) => !value || /^smtps?:\/\/[^/]/.test(value), "must be an smtp:// or smtps:// URL"),
  DKIM_DOMAIN: optionalText,
  DKIM_SELECTOR: optionalText,
  /** PEM; `\n` escapes are accepted so the key fits one environment line. */
  DKIM_PRIVATE_KEY: optionalText.transform((value) => value?.replace(/\\n/g, "\n")),
  RETENTION_SENT_EMAIL_DAYS: days(30),
  RETENTION_FAILED_EMAIL_DAYS: days(90),
  RETENTION_EXPIRED_TOKEN_DAYS: days(7),
  RETENTION_AUDIT_DAYS: days(2_555),
};

/** Checks spanning several of these variables, on the raw input (see env.ts crossVariableProblems). */
export function operationsConfigProblems(input: Record<string, string | undefined>, transport: string): string[] {
  const present = (name: string) => Boolean(input[name]?.trim());
  const problems: string[] = [];
  if (transport === "smtp" && !present("SMTP_URL")) problems.push("SMTP_URL is missing (EMAIL_TRANSPORT is smtp)");
  const dkim = ["DKIM_DOMAIN", "DKIM_SELECTOR", "DKIM_PRIVATE_KEY"].map(present);
  if (dkim.some(Boolean) && !dkim.every(Boolean)) problems.push("DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY must be set together");
  return problems;
}
