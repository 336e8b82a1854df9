import "server-only";

/**
 * What the agency shows of itself: names, support phone and addresses. Defaults are the Kentucky
 * values of the registration guide; another state sets these variables and deploys the same code.
 * Read per request (never at build time), and free of secrets, so any page may call it.
 */
export type Branding = {
  agencyName: string;
  /** The department's two-line logo text, e.g. "Kentucky Department of" / "EDUCATION". */
  logoTop: string;
  logoBottom: string;
  portalName: string;
  portalShortName: string;
  stateName: string;
  supportPhone: string;
  technicalSupportEmail: string;
  policyEmail: string;
  copyrightHolder: string;
};

const defaults: Branding = {
  agencyName: "Kentucky Department of Education",
  logoTop: "Kentucky Department of",
  logoBottom: "EDUCATION",
  portalName: "Kentucky Educator Credentialing System",
  portalShortName: "KECS",
  stateName: "Kentucky",
  supportPhone: "(877) 314-1412",
  technicalSupportEmail: "support@kecs.randasolutions.com",
  policyEmail: "KDElicensure@education.ky.gov",
  copyrightHolder: "Kentucky Department of Education",
};

const variables: Record<keyof Branding, string> = {
  agencyName: "AGENCY_NAME",
  logoTop: "AGENCY_LOGO_TOP",
  logoBottom: "AGENCY_LOGO_BOTTOM",
  portalName: "PORTAL_NAME",
  portalShortName: "PORTAL_SHORT_NAME",
  stateName: "STATE_NAME",
  supportPhone: "SUPPORT_PHONE",
  technicalSupportEmail: "TECHNICAL_SUPPORT_EMAIL",
  policyEmail: "POLICY_EMAIL",
  copyrightHolder: "COPYRIGHT_HOLDER",
};

export function getBranding(env: NodeJS.ProcessEnv = process.env): Branding {
  const branding = { ...defaults };
  for (const key of Object.keys(variables) as (keyof Branding)[]) {
    const value = env[variables[key]]?.trim();
    if (value) branding[key] = value;
  }
  return branding;
}

export const brandingVariables = variables;
export const brandingDefaults = defaults;
