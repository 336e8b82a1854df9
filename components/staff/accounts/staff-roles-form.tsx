"use client";
import { useActionState } from "react";
import { changeStaffRolesAction } from "@/app/staff/(console)/accounts/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/platform/forms/action-state";
import type { StaffRole } from "@/lib/staff/roles";
import { RoleCheckboxes } from "./role-checkboxes";

/** The account's roles as checkboxes; saved as a whole. The change counts from the staff member's next request. */
export function StaffRolesForm({ staffId, roles }: { staffId: string; roles: StaffRole[] }) {
  const [state, action] = useActionState(changeStaffRolesAction, idleState());
  return (
    <ActionForm action={action} state={state} noValidate>
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} />
      <p role="status" className={state.status === "ok" ? "mb-4 border-l-4 border-green-700 bg-white p-3" : "sr-only"}>
        {state.status === "ok" ? "Roles saved." : ""}
      </p>
      <input type="hidden" name="staffId" value={staffId} />
      <RoleCheckboxes checked={roles} error={state.fieldErrors.roles} legend="Roles for this account" />
      <SubmitButton pendingLabel="Saving roles…">Save roles</SubmitButton>
    </ActionForm>
  );
}
