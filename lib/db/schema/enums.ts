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
]);
export const outboxStatus = pgEnum("email_outbox_status", ["pending", "sending", "sent", "failed"]);

export type CredentialStatus = (typeof credentialStatus.enumValues)[number];
export type CredentialRank = (typeof credentialRank.enumValues)[number];
export type DisciplinaryActionType = (typeof disciplinaryActionType.enumValues)[number];
export type NotificationKind = (typeof notificationKind.enumValues)[number];
