import { addDays } from "@/lib/platform/clock";

/**
 * Who may start which application type, from the educator's own credentials. Pure, so the rules
 * are tested without a database; each refusal says why in words the /apply page shows.
 */
export type EligibilityRule = "no-active-certificate" | "holds-active-certificate" | "renewable-certificate" | "rank-below-one" | "district-initiated";

export type HeldCredential = {
  certificateNumber: string;
  typeName: string;
  area: string | null;
  rank: string | null;
  status: string;
  expirationDate: string | null;
};

/** Renewal is offered from a year before expiry until a year after (a "recently expired" certificate). */
export const RENEWAL_WINDOW_DAYS = 365;

export type Eligibility = { eligible: true; certificates: HeldCredential[] } | { eligible: false; reason: string };

export function renewableCertificates(held: HeldCredential[], on: string): HeldCredential[] {
  const [earliest, latest] = [addDays(on, -RENEWAL_WINDOW_DAYS), addDays(on, RENEWAL_WINDOW_DAYS)];
  return held.filter(
    (credential) =>
      (credential.status === "active" || credential.status === "expired") &&
      credential.expirationDate !== null &&
      credential.expirationDate >= earliest &&
      credential.expirationDate <= latest,
  );
}

export function checkEligibility(rule: string, held: HeldCredential[], on: string): Eligibility {
  const active = held.filter((credential) => credential.status === "active");
  switch (rule) {
    case "no-active-certificate":
      return active.length === 0
        ? { eligible: true, certificates: [] }
        : { eligible: false, reason: "You already hold an active certificate. Add an area or renew it instead." };
    case "holds-active-certificate":
      return active.length > 0 ? { eligible: true, certificates: active } : { eligible: false, reason: "You need an active Kentucky certificate first." };
    case "renewable-certificate": {
      const renewable = renewableCertificates(held, on);
      return renewable.length > 0
        ? { eligible: true, certificates: renewable }
        : { eligible: false, reason: "None of your certificates is due for renewal: renewal opens a year before a certificate expires and closes a year after." };
    }
    case "rank-below-one": {
      const below = active.filter((credential) => credential.rank !== "I");
      return below.length > 0 ? { eligible: true, certificates: below } : { eligible: false, reason: "You need an active certificate below Rank I." };
    }
    case "district-initiated":
      return { eligible: false, reason: "Started by your district: ask your district's personnel office." };
    default:
      return { eligible: false, reason: "This application is not available online." };
  }
}

export function describeCredential(credential: HeldCredential): string {
  return [credential.typeName, credential.area ? `(${credential.area})` : "", `certificate ${credential.certificateNumber}`].filter(Boolean).join(" ");
}
