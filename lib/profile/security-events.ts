import "server-only";
import { and, desc, eq, or } from "drizzle-orm";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import { db } from "@/lib/platform/db/client";
import { auditEvents } from "@/lib/platform/db/schema";
import { deviceFromUserAgent } from "./device";

/**
 * The profile's security list: an account's own security events in plain words. Only the pairs of
 * (audit event, outcome) named here are shown; anything else in audit_events (searches, business
 * events, names we do not know yet) stays out, and the query itself asks for these pairs only so
 * "the last 20" are 20 shown rows.
 */
const wording: Record<string, Partial<Record<string, string>>> = {
  "sign-in": { success: "Signed in", failure: "Failed sign-in (wrong password)", locked: "Sign-in refused: account locked", refused: "Sign-in refused: too many attempts" },
  "sign-in.microsoft": { success: "Signed in with Microsoft" },
  "sign-in.second-factor": {
    success: "Security code accepted",
    failure: "Wrong security code",
    locked: "Sign-in locked after wrong security codes",
    refused: "Security code refused: too many attempts",
  },
  "second-factor.authenticator-added": { success: "Two-step sign-in turned on" },
  "second-factor.authenticator-removed": { success: "Two-step sign-in turned off" },
  "second-factor.recovery-codes-renewed": { success: "New recovery codes made" },
  "second-factor.authenticator-renamed": { success: "Authenticator app renamed" },
  "second-factor.passkey-added": { success: "Passkey added" },
  "second-factor.passkey-renamed": { success: "Passkey renamed" },
  "second-factor.passkey-removed": { success: "Passkey removed" },
  "second-factor.removal-scheduled": { info: "Removal of two-step sign-in requested (24-hour wait)" },
  "second-factor.removal-cancelled": { success: "Removal of two-step sign-in cancelled" },
  "second-factor.all-removed-after-wait": { success: "Two-step sign-in removed after the wait" },
  "sign-out": { success: "Signed out" },
  "account.create": { success: "Account created" },
  "account.claim": { success: "Account created" },
  "account.locked": { locked: "Account locked after failed sign-ins" },
  "account.unlocked": { success: "Account unlocked by email link" },
  "password.change": { success: "Password changed", failure: "Password change failed (wrong current password)", refused: "Password change refused: too many attempts" },
  "password-reset.requested": { success: "Password reset requested" },
  "password.reset": { success: "Password reset by email link" },
  "email.confirmed": { success: "Email address confirmed" },
  "profile.email_change_requested": { success: "Email change requested" },
  "profile.email_change_confirmed": { success: "Email address changed" },
  "reauth.password": { failure: "Password check failed (wrong password)", refused: "Password check refused: too many attempts" },
  "microsoft.linked": { success: "Microsoft account linked" },
  "microsoft.unlinked": { success: "Microsoft account unlinked" },
  "sessions.signed_out_others": { success: "Signed out of all other sessions" },
};

const shownPairs = Object.entries(wording).flatMap(([event, outcomes]) =>
  Object.keys(outcomes).map((outcome) => and(eq(auditEvents.event, event), eq(auditEvents.outcome, outcome))),
);

export const SECURITY_EVENTS_SHOWN = 20;

export type SecurityEvent = { id: number; at: string; when: string; what: string; device: string };

/** The account's latest security events, newest first (audit_events_user_idx: user_id, occurred_at desc). */
export async function securityEventsFor(userId: string): Promise<SecurityEvent[]> {
  const rows = await db
    .select({ id: auditEvents.id, occurredAt: auditEvents.occurredAt, event: auditEvents.event, outcome: auditEvents.outcome, userAgent: auditEvents.userAgent })
    .from(auditEvents)
    .where(and(eq(auditEvents.userId, userId), or(...shownPairs)))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(SECURITY_EVENTS_SHOWN);
  return rows.map((row) => ({
    id: row.id,
    at: row.occurredAt.toISOString(),
    when: formatAgencyDateTime(row.occurredAt),
    what: wording[row.event]![row.outcome]!,
    device: deviceFromUserAgent(row.userAgent),
  }));
}
