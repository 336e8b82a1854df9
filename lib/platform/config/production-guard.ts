/**
 * Production fails closed (issue 11 item 7). A production start refuses what is safe only on a
 * developer's machine: mail kept on the server and readable at /dev/mailbox, a silent embedded
 * PGlite, and the vendor's or Kentucky's contact details standing in for the agency's own. A
 * demonstration deployment (public test sites, the e2e server) says so with DEMO_MODE=true: it may
 * keep mail in the mailbox and run on an explicitly named PGlite directory, and every page then
 * carries the "demonstration site" banner. Messages name variables, never their values.
 */
import { agencyIdentityProblems } from "./agency-identity";

const demoFlag = /^(true|1|yes)$/i;

export function demoModeFrom(input: Record<string, string | undefined>): boolean {
  return demoFlag.test(input.DEMO_MODE?.trim() ?? "");
}

/** Variables that have a development default but must be the agency's own in production. */
export const agencyContactVariables = ["SUPPORT_EMAIL", "EMAIL_FROM", "SUPPORT_PHONE"] as const;

export function productionGuardProblems(input: Record<string, string | undefined>, transport: string): string[] {
  const present = (name: string) => Boolean(input[name]?.trim());
  const demo = demoModeFrom(input);
  const problems: string[] = [];
  if (transport === "mailbox" && !demo) {
    problems.push("EMAIL_TRANSPORT=mailbox is refused in production (mail would be readable at /dev/mailbox); set DEMO_MODE=true only for a demonstration site");
  }
  if (!present("DATABASE_URL") && !(demo && present("PGLITE_DIR"))) {
    problems.push("DATABASE_URL is missing (production never falls back to the embedded PGlite; a demonstration site may set DEMO_MODE=true and PGLITE_DIR)");
  }
  for (const name of agencyContactVariables) if (!present(name)) problems.push(`${name} is missing (production has no default for the agency's contact details)`);
  problems.push(...agencyIdentityProblems(input, demo));
  return problems;
}
