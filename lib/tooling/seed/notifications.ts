import "server-only";
import type { notifications } from "@/lib/platform/db/schema";
import type { CredentialCatalog } from "./credential-catalog";
import type { CredentialRow } from "./credentials";
import { onDay } from "./dates";

/** Activity-feed items as the portal itself would write them, for demo and bulk accounts alike. */
export type NotificationRow = typeof notifications.$inferInsert;

function typeName(catalog: CredentialCatalog, credential: CredentialRow): string {
  return catalog.byId.get(credential.credentialTypeId)?.definition.name ?? "Certificate";
}

function describe(catalog: CredentialCatalog, credential: CredentialRow): string {
  return `${typeName(catalog, credential)}${credential.area ? ` (${credential.area})` : ""}, certificate ${credential.certificateNumber}`;
}

export function issuedNotification(userId: string, catalog: CredentialCatalog, credential: CredentialRow, read: boolean): NotificationRow {
  const at = onDay(credential.effectiveDate, 14);
  return {
    userId,
    kind: "credential_issued",
    title: "Certificate issued",
    body: `Your ${describe(catalog, credential)}, was issued effective ${credential.effectiveDate}.`,
    linkPath: "/dashboard",
    readAt: read ? onDay(credential.effectiveDate, 20) : null,
    createdAt: at,
  };
}

export function expiringNotification(userId: string, catalog: CredentialCatalog, credential: CredentialRow, today: string): NotificationRow {
  return {
    userId,
    kind: "credential_expiring",
    title: "Certificate expiring soon",
    body: `Your ${describe(catalog, credential)}, expires on ${credential.expirationDate}. Apply to renew it before then.`,
    linkPath: "/apply",
    // The same key the scheduled task uses (lib/notifications/expiring-credentials.ts), so it skips these.
    dedupeKey: `credential-expiring:${credential.id}:${credential.expirationDate}`,
    createdAt: onDay(today, 11),
  };
}

export function statusChangedNotification(userId: string, catalog: CredentialCatalog, credential: CredentialRow): NotificationRow {
  const at = credential.statusChangedAt instanceof Date ? credential.statusChangedAt : onDay(credential.effectiveDate);
  return {
    userId,
    kind: "credential_status_changed",
    title: `Certificate ${credential.status}`,
    body: `The status of your ${describe(catalog, credential)}, is now ${credential.status}.`,
    linkPath: "/dashboard",
    readAt: at,
    createdAt: at,
  };
}

export const agencyMessages = [
  { title: "Renewal applications are open", body: "You can now apply to renew a certificate online. Renewals submitted by June 30 are processed before the school year begins." },
  { title: "Keep your email address current", body: "We send certificate and renewal notices by email. Check that the address on your profile is one you will keep if you change schools." },
  { title: "Your test scores have been received", body: "Scores reported by ETS now appear on your educator record." },
] as const;

export function agencyNotification(userId: string, message: (typeof agencyMessages)[number], at: string, read: boolean): NotificationRow {
  return { userId, kind: "agency_message", title: message.title, body: message.body, linkPath: null, readAt: read ? onDay(at, 18) : null, createdAt: onDay(at, 13) };
}
