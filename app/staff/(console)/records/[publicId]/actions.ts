"use server";

import { revalidatePath } from "next/cache";
import { readForm } from "@/lib/platform/forms/action-state";
import {
  accountHelpFields,
  detachMicrosoftForStaff,
  disableAccountForStaff,
  enableAccountForStaff,
  resendConfirmationForStaff,
  unlockAccountForStaff,
} from "@/lib/staff/records/account-help";
import { addDisciplinaryActionForStaff, disciplineFields } from "@/lib/staff/records/discipline";
import type { RecordActionState } from "@/lib/staff/records/record-action-state";
import { correctDateOfBirthForStaff, correctSsnForStaff, dateOfBirthCorrectionFields, ssnCorrectionFields } from "@/lib/staff/records/record-corrections";
import { revealSsnForStaff, type RevealState } from "@/lib/staff/records/reveal-ssn";

/**
 * The record page's actions. Each names its record by the form's publicId (never a bound argument);
 * lib/staff/records/ checks the role, looks the record up again and audits the change.
 */
const recordPage = "/staff/records/[publicId]";

async function andRefresh(state: Promise<RecordActionState>): Promise<RecordActionState> {
  const answer = await state;
  if (answer.status === "ok") revalidatePath(recordPage, "page");
  return answer;
}

export async function revealSsnAction(_previous: RevealState, formData: FormData): Promise<RevealState> {
  return revealSsnForStaff(readForm(formData, accountHelpFields));
}

export async function correctDateOfBirthAction(_previous: RecordActionState, formData: FormData): Promise<RecordActionState> {
  return andRefresh(correctDateOfBirthForStaff(readForm(formData, dateOfBirthCorrectionFields)));
}

export async function correctSsnAction(_previous: RecordActionState, formData: FormData): Promise<RecordActionState> {
  return andRefresh(correctSsnForStaff(readForm(formData, ssnCorrectionFields)));
}

export async function addDisciplinaryActionAction(_previous: RecordActionState, formData: FormData): Promise<RecordActionState> {
  return andRefresh(addDisciplinaryActionForStaff(readForm(formData, disciplineFields)));
}

export async function staffResendConfirmationAction(_previous: RecordActionState, formData: FormData): Promise<RecordActionState> {
  return andRefresh(resendConfirmationForStaff(readForm(formData, accountHelpFields)));
}

export async function unlockAccountAction(_previous: RecordActionState, formData: FormData): Promise<RecordActionState> {
  return andRefresh(unlockAccountForStaff(readForm(formData, accountHelpFields)));
}

export async function disableAccountAction(_previous: RecordActionState, formData: FormData): Promise<RecordActionState> {
  return andRefresh(disableAccountForStaff(readForm(formData, accountHelpFields)));
}

export async function enableAccountAction(_previous: RecordActionState, formData: FormData): Promise<RecordActionState> {
  return andRefresh(enableAccountForStaff(readForm(formData, accountHelpFields)));
}

export async function detachMicrosoftAction(_previous: RecordActionState, formData: FormData): Promise<RecordActionState> {
  return andRefresh(detachMicrosoftForStaff(readForm(formData, accountHelpFields)));
}
