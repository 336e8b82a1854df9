/** Plain words for the console's own events, so "who looked at whose SSN, when, why" reads as such. */
const labels: Record<string, string> = {
  "staff.ssn-search": "Searched by full SSN",
  "staff.ssn-reveal": "Revealed the full SSN",
  "staff.record-corrected": "Corrected the record",
  "staff.discipline-added": "Added a public disciplinary action",
  "staff.confirmation-resent": "Resent the confirmation email",
  "staff.account-unlocked": "Unlocked the account",
  "staff.account-disabled": "Disabled the account",
  "staff.account-enabled": "Re-enabled the account",
  "staff.microsoft-detached": "Detached Microsoft sign-in",
  "staff.sign-out": "Signed out of the console",
};

export function auditEventLabel(event: string): string | null {
  return labels[event] ?? null;
}
