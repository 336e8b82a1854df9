import "server-only";
import { eq } from "drizzle-orm";
import { getConfig } from "@/lib/platform/config/env";
import { db, type Executor } from "@/lib/platform/db/client";
import { educators, recordCorrections } from "@/lib/platform/db/schema";
import { errorState } from "@/lib/platform/forms/action-state";
import { decryptPii, encryptPii, fingerprint } from "@/lib/platform/security/pii";
import { checkSsn, lastFourOf } from "@/lib/platform/security/ssn";
import { findEducatorIdsBySsn } from "@/lib/records/lookup";
import { dateOfBirthSchema } from "@/lib/registration/date-of-birth";
import { recordStaffAudit } from "../audit";
import { requireStaff, type StaffActor } from "../guard";
import { rebuildNameFingerprints } from "./name-fingerprints";
import { doneState, type RecordActionState } from "./record-action-state";
import { recordMessages as text } from "./record-messages";
import { recordTargetFor, type RecordTarget } from "./record-target";
import { reasonForAudit, staffReasonSchema } from "./staff-reason";

export const dateOfBirthCorrectionFields = ["publicId", "dateOfBirth", "reason"] as const;
export const ssnCorrectionFields = ["publicId", "ssn", "reason"] as const;

type Current = { dateOfBirth: string; ssn: string; ssnCiphertext: string; ssnKeyId: string };
type Change = { fieldErrors: Record<string, string> } | { message: string };

/**
 * The frame both corrections share (the caller has asked for the records role): a reason, the record locked for the change, and
 * the change, its history row and its audit event committed together or not at all.
 */
async function correct(
  actor: StaffActor,
  values: Record<string, string>,
  inputErrors: Record<string, string>,
  change: (tx: Executor, actor: StaffActor, target: RecordTarget, current: Current, reason: string) => Promise<Change>,
): Promise<RecordActionState> {
  const reason = staffReasonSchema.safeParse(values.reason);
  const errors = { ...inputErrors };
  if (!reason.success) errors.reason = reason.error.issues[0]!.message;
  if (Object.keys(errors).length > 0 || !reason.success) return errorState(errors, values) as RecordActionState;
  const outcome = await db.transaction(async (tx) => {
    const target = await recordTargetFor(values.publicId, tx);
    if (!target) return { fieldErrors: { "": text.noRecord } };
    const [row] = await tx
      .select({ dateOfBirth: educators.dateOfBirth, ssnCiphertext: educators.ssnCiphertext, ssnKeyId: educators.ssnKeyId })
      .from(educators)
      .where(eq(educators.id, target.educatorId))
      .for("update");
    const current = { ...row!, ssn: decryptPii(row!.ssnCiphertext, row!.ssnKeyId, "ssn") };
    return change(tx, actor, target, current, reason.data);
  });
  if ("message" in outcome) return doneState(outcome.message);
  const { "": formError, ...fieldErrors } = outcome.fieldErrors;
  return errorState(fieldErrors, values, formError) as RecordActionState;
}

/** Corrects a record's date of birth; the old and new dates are kept in record_corrections. */
export async function correctDateOfBirthForStaff(values: Record<(typeof dateOfBirthCorrectionFields)[number], string>): Promise<RecordActionState> {
  const actor = await requireStaff("records");
  const parsed = dateOfBirthSchema.safeParse(values.dateOfBirth);
  return correct(actor, values, parsed.success ? {} : { dateOfBirth: parsed.error.issues[0]!.message }, async (tx, actor, target, current, reason) => {
    const dateOfBirth = parsed.data!;
    if (dateOfBirth === current.dateOfBirth) return { fieldErrors: { dateOfBirth: text.dateOfBirthUnchanged } };
    await tx.update(educators).set({ dateOfBirth }).where(eq(educators.id, target.educatorId));
    await rebuildNameFingerprints(tx, target.educatorId, { dateOfBirth, ssnLastFour: lastFourOf(current.ssn) });
    await tx.insert(recordCorrections).values({ educatorId: target.educatorId, staffId: actor.id, field: "date_of_birth", oldValue: current.dateOfBirth, newValue: dateOfBirth, reason });
    await recordStaffAudit(actor, { event: "staff.record-corrected", educatorId: target.educatorId, userId: target.userId, details: { field: "date_of_birth", reason: reasonForAudit(reason) } }, tx);
    return { message: "The date of birth was corrected." };
  });
}

/**
 * Corrects a record's SSN: re-encrypted and re-fingerprinted (the unique fingerprint still means one
 * record per SSN), the name search fingerprints rebuilt with the new last four, and both numbers kept
 * in record_corrections, encrypted.
 */
export async function correctSsnForStaff(values: Record<(typeof ssnCorrectionFields)[number], string>): Promise<RecordActionState> {
  const actor = await requireStaff("records");
  const checked = checkSsn(values.ssn, { allowTestArea: getConfig().ALLOW_TEST_SSNS });
  const problem: Record<string, string> = "problem" in checked ? { ssn: checked.problem === "format" ? text.ssnFormat : text.ssnNeverIssued } : {};
  return correct(actor, values, problem, async (tx, actor, target, current, reason) => {
    const ssn = (checked as { ssn: string }).ssn;
    if (ssn === current.ssn) return { fieldErrors: { ssn: text.ssnUnchanged } };
    if ((await findEducatorIdsBySsn(tx, ssn)).length > 0) return { fieldErrors: { ssn: text.ssnTaken } };
    const encrypted = encryptPii(ssn, "ssn");
    const print = fingerprint("ssn", ssn);
    await tx
      .update(educators)
      .set({ ssnCiphertext: encrypted.ciphertext, ssnKeyId: encrypted.keyId, ssnFingerprint: print.value, ssnFingerprintKeyId: print.keyId })
      .where(eq(educators.id, target.educatorId));
    await rebuildNameFingerprints(tx, target.educatorId, { dateOfBirth: current.dateOfBirth, ssnLastFour: lastFourOf(ssn) });
    const kept = encryptPii(ssn, "ssn");
    await tx.insert(recordCorrections).values({
      educatorId: target.educatorId,
      staffId: actor.id,
      field: "ssn",
      oldValue: current.ssnCiphertext,
      oldKeyId: current.ssnKeyId,
      newValue: kept.ciphertext,
      newKeyId: kept.keyId,
      reason,
    });
    await recordStaffAudit(actor, { event: "staff.record-corrected", educatorId: target.educatorId, userId: target.userId, details: { field: "ssn", reason: reasonForAudit(reason) } }, tx);
    return { message: "The Social Security number was corrected." };
  });
}
