import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { educators } from "@/lib/platform/db/schema";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import { decryptPii } from "@/lib/platform/security/pii";
import { recordStaffAudit } from "../audit";
import { requireStaff } from "../guard";
import { recordMessages as text } from "./record-messages";
import { recordTargetFor } from "./record-target";

export type RevealState = ActionState<string, { ssn: string }>;

/**
 * "Reveal SSN" (records only): the whole number, once, in this answer alone (never in a page, a URL
 * or a log), and audited ("staff.ssn-reveal") in the same transaction as the read.
 */
export async function revealSsnForStaff(values: { publicId: string }): Promise<RevealState> {
  const actor = await requireStaff("records");
  return db.transaction(async (tx) => {
    const target = await recordTargetFor(values.publicId, tx);
    if (!target) return errorState({}, {}, text.noRecord) as RevealState;
    const [row] = await tx.select({ ciphertext: educators.ssnCiphertext, keyId: educators.ssnKeyId }).from(educators).where(eq(educators.id, target.educatorId));
    const ssn = decryptPii(row!.ciphertext, row!.keyId, "ssn");
    await recordStaffAudit(actor, { event: "staff.ssn-reveal", educatorId: target.educatorId, userId: target.userId }, tx);
    return { status: "ok", fieldErrors: {}, values: {}, outcome: { ssn: `${ssn.slice(0, 3)}-${ssn.slice(3, 5)}-${ssn.slice(5)}` } } satisfies RevealState;
  });
}
