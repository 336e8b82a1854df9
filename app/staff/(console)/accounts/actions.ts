"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import { changeStaffRoles, disableStaff, enableStaff, resendStaffInvitation, resetStaffSecondFactor } from "@/lib/staff/accounts/account-changes";
import { inviteStaff } from "@/lib/staff/accounts/invite-staff";
import { readRoles, readStaffInvite } from "@/lib/staff/accounts/staff-account-input";
import type { AccountChangeResult } from "@/lib/staff/accounts/target-staff";

/**
 * The staff accounts page's actions (admin only; every lib function asks requireStaff("admin")
 * itself). The account's id comes in the form's hidden field, never bound, and lib re-checks it.
 */
export type AccountChangeState = ActionState;

export async function inviteStaffAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = readStaffInvite(formData);
  const result = await inviteStaff(values);
  if (!result.ok) return errorState(result.fieldErrors, { name: values.name, email: values.email, roles: values.roles.join(",") });
  revalidatePath("/staff/accounts");
  redirect(`/staff/accounts/${result.staffId}?notice=invited`);
}

function staffIdFrom(formData: FormData): string {
  const value = formData.get("staffId");
  return typeof value === "string" ? value : "";
}

function answer(result: AccountChangeResult): AccountChangeState {
  if (result.ok) {
    revalidatePath("/staff/accounts", "layout");
    return { status: "ok", fieldErrors: {}, values: {} };
  }
  if (result.field) return { status: "error", fieldErrors: { [result.field]: result.message }, values: {} };
  return { status: "error", fieldErrors: {}, values: {}, formError: result.message };
}

export async function changeStaffRolesAction(_previous: AccountChangeState, formData: FormData): Promise<AccountChangeState> {
  return answer(await changeStaffRoles({ staffId: staffIdFrom(formData), roles: readRoles(formData) }));
}

/** Disable and re-enable swap the page's button, so their answer travels as a notice on the page itself. */
export async function disableStaffAction(_previous: AccountChangeState, formData: FormData): Promise<AccountChangeState> {
  const staffId = staffIdFrom(formData);
  const result = await disableStaff({ staffId });
  if (result.ok) redirect(`/staff/accounts/${staffId}?notice=disabled`);
  return answer(result);
}

export async function enableStaffAction(_previous: AccountChangeState, formData: FormData): Promise<AccountChangeState> {
  const staffId = staffIdFrom(formData);
  const result = await enableStaff({ staffId });
  if (result.ok) redirect(`/staff/accounts/${staffId}?notice=enabled`);
  return answer(result);
}

export async function resetStaffSecondFactorAction(_previous: AccountChangeState, formData: FormData): Promise<AccountChangeState> {
  return answer(await resetStaffSecondFactor({ staffId: staffIdFrom(formData) }));
}

export async function resendStaffInvitationAction(_previous: AccountChangeState, formData: FormData): Promise<AccountChangeState> {
  return answer(await resendStaffInvitation({ staffId: staffIdFrom(formData) }));
}
