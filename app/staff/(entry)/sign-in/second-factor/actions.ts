"use server";
import { redirect } from "next/navigation";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { requireStaffFirstFactor } from "@/lib/staff/guard";
import { verifyStaffSecondStep } from "@/lib/staff/second-step";

/** The console's second step: an authenticator or recovery code, then the console. */
export async function staffSecondFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const session = await requireStaffFirstFactor();
  const { code } = readForm(formData, ["code"]);
  const result = await verifyStaffSecondStep(session, code, await requestFacts());
  if (result.ok) redirect("/staff");
  if ("signedOut" in result) redirect("/staff/sign-in?notice=code-locked");
  return { status: "error", fieldErrors: { code: result.field }, values: {} };
}
