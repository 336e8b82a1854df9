/**
 * A credential's statuses as plain values, for components and any code that must not load the
 * database layer (drizzle's pgEnum). The schema's `credential_status` enum
 * (lib/platform/db/schema/enums.ts) lists the same values in the same order; it cannot import this
 * file (the platform knows no domain), so credential-status.test.ts keeps the two equal.
 */
export const credentialStatuses = ["active", "expired", "suspended", "revoked", "surrendered"] as const;

export type CredentialStatus = (typeof credentialStatuses)[number];
