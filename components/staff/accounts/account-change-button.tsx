"use client";
import { useActionState } from "react";
import type { AccountChangeState } from "@/app/staff/(console)/accounts/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/platform/forms/action-state";
import { ChangeAnswer } from "./change-answer";

type Props = {
  action: (previous: AccountChangeState, formData: FormData) => Promise<AccountChangeState>;
  staffId: string;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
};

/** One account change behind one button (disable, re-enable, reset authenticator, new link), with its answer beside it. */
export function AccountChangeButton({ action, staffId, label, pendingLabel, variant = "secondary" }: Props) {
  const [state, dispatch] = useActionState(action, idleState<"roles", string>());
  return (
    <ActionForm action={dispatch} state={state}>
      <ChangeAnswer state={state} />
      <input type="hidden" name="staffId" value={staffId} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </ActionForm>
  );
}
