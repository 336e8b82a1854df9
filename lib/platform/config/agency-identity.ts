import { brandingDefaults, brandingVariables, type Branding } from "./branding";

/**
 * Production refuses the default agency's identity unless it is that agency (issue 12 item 8). The
 * defaults are Kentucky's, so the demo and `npm run dev` look like a real portal; a production site
 * must name its agency (AGENCY_NAME), and unless that is the default agency, none of the default's
 * names, phone or addresses may stand in for its own, whether left unset or copied from an example.
 * A demonstration site (DEMO_MODE) keeps the defaults. Messages name variables, never values.
 */

// The branding whose defaults are the default agency's own (the logo's "EDUCATION" line is generic).
const identityKeys = (Object.keys(brandingDefaults) as (keyof Branding)[]).filter((key) => key !== "logoBottom");

// The contact variables env.ts gives development defaults; production already requires them to be set.
const contactDefaults: Record<string, string> = {
  SUPPORT_EMAIL: "support@kecs.randasolutions.com",
  EMAIL_FROM: "Kentucky Department of Education <no-reply@kecs.education.ky.gov>",
  SUPPORT_PHONE: brandingDefaults.supportPhone,
};

const digits = (value: string) => value.replace(/\D/g, "");
const defaultPhone = digits(brandingDefaults.supportPhone);
// The default agency's mail domains: an address on them is the default agency's, whatever the mailbox.
const defaultDomains = [/@kecs\.randasolutions\.com\b/i, /@([a-z0-9-]+\.)*ky\.gov\b/i];
const defaultValues = new Set([...identityKeys.map((key) => brandingDefaults[key]), ...Object.values(contactDefaults)].map((value) => value.toLowerCase()));

/** Whether a value is (a copy of) one of the default agency's names, phone or addresses. */
export function isDefaultAgencyValue(value: string): boolean {
  const trimmed = value.trim();
  if (defaultValues.has(trimmed.toLowerCase())) return true;
  if (digits(trimmed).endsWith(defaultPhone)) return true;
  return defaultDomains.some((domain) => domain.test(trimmed));
}

export function agencyIdentityProblems(input: Record<string, string | undefined>, demo: boolean): string[] {
  if (demo) return [];
  const agencyName = input.AGENCY_NAME?.trim();
  if (!agencyName) return ["AGENCY_NAME is missing (production names its agency; the built-in names and contacts are only for a demonstration site)"];
  if (agencyName.toLowerCase() === brandingDefaults.agencyName.toLowerCase()) return [];
  const problems: string[] = [];
  for (const key of identityKeys) {
    const name = brandingVariables[key];
    // AGENCY_NAME is the one being compared; SUPPORT_PHONE, when missing, the guard already names.
    if (name === "AGENCY_NAME" || name in contactDefaults) continue;
    const value = input[name]?.trim();
    if (!value) problems.push(`${name} is missing (its default belongs to the built-in agency, not the one AGENCY_NAME names)`);
    else if (isDefaultAgencyValue(value)) problems.push(`${name} is the built-in agency's (set the value of the agency AGENCY_NAME names)`);
  }
  for (const name of Object.keys(contactDefaults)) {
    const value = input[name]?.trim();
    if (value && isDefaultAgencyValue(value)) problems.push(`${name} is the built-in agency's (set the value of the agency AGENCY_NAME names)`);
  }
  return problems;
}
