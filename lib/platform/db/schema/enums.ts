import { pgEnum } from "drizzle-orm/pg-core";

export const credentialStatus = pgEnum("credential_status", ["active", "expired", "suspended", "revoked", "surrendered"]);
export const credentialRank = pgEnum("credential_rank", ["I", "II", "III"]);
export const educatorSource = pgEnum("educator_source", ["legacy_import", "registration", "seed", "staff"]);
export const educatorNameKind = pgEnum("educator_name_kind", ["current", "former"]);
export const disciplinaryActionType = pgEnum("disciplinary_action_type", [
  "reprimand",
  "suspension",
  "revocation",
  "probation",
  "denial",
  "surrender",
]);
export const notificationKind = pgEnum("notification_kind", [
  "credential_issued",
  "credential_status_changed",
  "credential_expiring",
  "name_change_received",
  "name_change_decided",
  "support_answered",
  "agency_message",
  "application_status_changed",
]);
export const outboxStatus = pgEnum("email_outbox_status", ["pending", "sending", "sent", "failed"]);

export type CredentialStatus = (typeof credentialStatus.enumValues)[number];
export type CredentialRank = (typeof credentialRank.enumValues)[number];
export type DisciplinaryActionType = (typeof disciplinaryActionType.enumValues)[number];
export type NotificationKind = (typeof notificationKind.enumValues)[number];

/**
 * What a one-time token proves; each purpose has its own lifetime (lib/platform/tokens). All are
 * emailed except three server-side tickets: session_renewal lets one session take the new
 * session_version after the account's other sessions were ended (lib/auth/session-renewal.ts), and
 * session_ticket starts the first session of an account created a moment ago (lib/auth/session-ticket.ts);
 * second_factor_ticket carries a password sign-in to the second step (lib/second-factor/).
 */
export const oneTimeTokenPurpose = pgEnum("one_time_token_purpose", [
  "email_confirmation",
  "email_change",
  "password_reset",
  "account_unlock",
  "session_renewal",
  "session_ticket",
  "second_factor_ticket",
  "second_factor_removal",
  "second_factor_removal_cancel",
]);
export const supportTopic = pgEnum("support_topic", ["sign_in", "registration", "lost_email_access", "credentials", "payment", "other"]);
export const supportRequestStatus = pgEnum("support_request_status", ["open", "answered", "closed"]);
export const nameChangeStatus = pgEnum("name_change_status", ["received", "approved", "denied"]);

export type OneTimeTokenPurpose = (typeof oneTimeTokenPurpose.enumValues)[number];
export type SupportTopic = (typeof supportTopic.enumValues)[number];

/** Where an application stands; "draft" until the fee is paid (or waived) and it is submitted. */
export const applicationStatus = pgEnum("application_status", [
  "draft",
  "submitted",
  "in_review",
  "information_requested",
  "approved",
  "denied",
  "withdrawn",
]);
/** Who must supply one element of an application's checklist. */
export const applicationElementOwner = pgEnum("application_element_owner", ["you", "program", "district", "agency"]);
export const applicationElementStatus = pgEnum("application_element_status", ["waiting", "received", "not_needed"]);

export type ApplicationStatus = (typeof applicationStatus.enumValues)[number];
export type ApplicationElementOwner = (typeof applicationElementOwner.enumValues)[number];
