"use server";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { confirmStaffEnrolment } from "@/lib/staff/enrolment";
import { requireStaffFirstFactor } from "@/lib/staff/guard";

export type StaffEnrolmentOutcome = { recoveryCodes: string[] };

/** Enrolment: the first code from the new authenticator confirms it; the recovery codes come back to show once. */
export async function confirmStaffEnrolmentAction(_previous: ActionState<string, StaffEnrolmentOutcome>, formData: FormData): Promise<ActionState<string, StaffEnrolmentOutcome>> {
  const session = await requireStaffFirstFactor();
  const { code } = readForm(formData, ["code"]);
  const result = await confirmStaffEnrolment(session, code, await requestFacts());
  if (!result.ok) return { status: "error", fieldErrors: { code: result.message }, values: {} };
  return { status: "ok", fieldErrors: {}, values: {}, outcome: { recoveryCodes: result.recoveryCodes } };
}
