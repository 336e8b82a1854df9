"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { approveTestPaymentAction, cancelTestPaymentAction, declineTestPaymentAction } from "@/lib/payments/dev-pay-actions";
import { idleState, type ActionState } from "@/lib/platform/forms/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function DecisionForm({ checkoutId, action, label, pendingLabel, variant }: { checkoutId: string; action: Action; label: string; pendingLabel: string; variant: "primary" | "secondary" }) {
  const [state, formAction] = useActionState(action, idleState());
  return (
    <ActionForm action={formAction} state={state}>
      <input type="hidden" name="checkoutId" value={checkoutId} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      {state.formError ? (
        <p role="alert" className="mt-2 font-semibold text-red-700">
          {state.formError}
        </p>
      ) : null}
    </ActionForm>
  );
}

/** What a person does on a hosted checkout, without a card: pay, have the card declined, or go back. */
export function TestCheckoutButtons({ checkoutId }: { checkoutId: string }) {
  return (
    <div className="flex flex-wrap items-start gap-4">
      <DecisionForm checkoutId={checkoutId} action={approveTestPaymentAction} label="Approve payment" pendingLabel="Paying…" variant="primary" />
      <DecisionForm checkoutId={checkoutId} action={declineTestPaymentAction} label="Decline payment" pendingLabel="Declining…" variant="secondary" />
      <DecisionForm checkoutId={checkoutId} action={cancelTestPaymentAction} label="Cancel and go back" pendingLabel="Going back…" variant="secondary" />
    </div>
  );
}
