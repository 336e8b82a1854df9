import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { educatorNames, educators } from "@/lib/platform/db/schema";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import { decryptPii } from "@/lib/platform/security/pii";
import { lastFourOf, maskSsn, normalizeSsn } from "@/lib/platform/security/ssn";
import { findEducatorIdsBySsn } from "@/lib/records/lookup";
import { recordStaffAudit } from "../audit";
import { requireStaff } from "../guard";
import { recordMessages as text } from "./record-messages";
import { reasonForAudit, staffReasonSchema } from "./staff-reason";

export const ssnSearchFields = ["ssn", "reason"] as const;

export type SsnSearchMatch = { publicId: string; name: string; maskedSsn: string };
export type SsnSearchState = ActionState<string, { match: SsnSearchMatch | null }>;

/**
 * Finds a record by a full SSN (records or support). A reason is required: without one nothing is
 * looked up and nothing written. With one, the SSN is looked up by its fingerprint under every active
 * key, and the search is audited ("staff.ssn-search": the reason with digits removed, whether a
 * record matched; never the SSN). The answer shows the last four digits only.
 */
export async function searchBySsnForStaff(values: Record<(typeof ssnSearchFields)[number], string>): Promise<SsnSearchState> {
  const actor = await requireStaff("records", "support");
  const ssn = normalizeSsn(values.ssn);
  const reason = staffReasonSchema.safeParse(values.reason);
  const errors: Record<string, string> = {};
  if (!ssn) errors.ssn = text.ssnFormat;
  if (!reason.success) errors.reason = reason.error.issues[0]!.message;
  if (!ssn || !reason.success) return errorState(errors, values) as SsnSearchState;

  const match = await db.transaction(async (tx) => {
    const [educatorId] = await findEducatorIdsBySsn(tx, ssn);
    const [row] = educatorId
      ? await tx
          .select({ publicId: educators.publicId, ssnCiphertext: educators.ssnCiphertext, ssnKeyId: educators.ssnKeyId, first: educatorNames.firstName, middle: educatorNames.middleName, last: educatorNames.lastName })
          .from(educators)
          .innerJoin(educatorNames, and(eq(educatorNames.educatorId, educators.id), eq(educatorNames.kind, "current")))
          .where(eq(educators.id, educatorId))
      : [];
    await recordStaffAudit(
      actor,
      { event: "staff.ssn-search", educatorId: educatorId ?? null, details: { reason: reasonForAudit(reason.data), reasonLength: reason.data.length, found: Boolean(row) } },
      tx,
    );
    if (!row) return null;
    const lastFour = lastFourOf(decryptPii(row.ssnCiphertext, row.ssnKeyId, "ssn"));
    return { publicId: row.publicId, name: [row.first, row.middle, row.last].filter(Boolean).join(" "), maskedSsn: maskSsn(lastFour) };
  });
  return { status: "ok", fieldErrors: {}, values: {}, outcome: { match } };
}
