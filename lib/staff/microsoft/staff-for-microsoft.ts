import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Config } from "@/lib/platform/config/env";
import { db, type Executor } from "@/lib/platform/db/client";
import { staffMembers } from "@/lib/platform/db/schema";

/** The verified ID token's claims this side reads: the subject and the tenant, never the email. */
export type MicrosoftClaims = { sub: string; tid?: unknown };

export type StaffMatch = { ok: true; staffId: string } | { ok: false; reason: "tenant" | "unlinked" };

/** AJS-5 for staff: the token must come from the agency's own tenant, whatever the educators allow. */
export function fromAgencyTenant(claims: MicrosoftClaims, config: Config): boolean {
  return typeof claims.tid === "string" && Boolean(config.STAFF_MICROSOFT_TENANT) && claims.tid === config.STAFF_MICROSOFT_TENANT;
}

/**
 * The staff member a Microsoft sign-in belongs to: matched on the stored subject only (AJS-6: email
 * and preferred_username are mutable and unverified in Entra), never disabled.
 */
export async function staffForMicrosoft(claims: MicrosoftClaims, config: Config, executor: Executor = db): Promise<StaffMatch> {
  if (!fromAgencyTenant(claims, config)) return { ok: false, reason: "tenant" };
  const [row] = await executor
    .select({ id: staffMembers.id })
    .from(staffMembers)
    .where(and(eq(staffMembers.microsoftSubject, claims.sub), isNull(staffMembers.disabledAt)));
  return row ? { ok: true, staffId: row.id } : { ok: false, reason: "unlinked" };
}
