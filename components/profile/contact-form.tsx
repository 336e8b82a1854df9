"use client";

import { useActionState } from "react";
import { saveContactDetailsAction } from "@/app/(dashboard)/profile/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/platform/forms/action-state";
import { ActionForm } from "@/components/ui/action-form";

/** Phone and mailing address, kept by the person (not part of the agency's record). */
export function ContactForm({ saved }: { saved: Record<string, string> }) {
  const [state, formAction] = useActionState(saveContactDetailsAction, idleState());
  const values = state.status === "idle" ? saved : state.values;
  const errors = state.fieldErrors;
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={errors} formError={state.formError} />
      {state.status === "ok" ? <p role="status" className="mb-4 border-l-4 border-green-800 bg-white p-3">Your contact details have been saved.</p> : null}
      <TextField name="phone" label="Phone number" type="tel" autoComplete="tel" width="medium" defaultValue={values.phone} error={errors.phone} />
      <TextField name="addressLine1" label="Address line 1" autoComplete="address-line1" defaultValue={values.addressLine1} error={errors.addressLine1} />
      <TextField name="addressLine2" label="Address line 2 (optional)" autoComplete="address-line2" defaultValue={values.addressLine2} error={errors.addressLine2} />
      <TextField name="city" label="Town or city" autoComplete="address-level2" width="medium" defaultValue={values.city} error={errors.city} />
      <TextField name="state" label="State" autoComplete="address-level1" width="short" maxLength={2} defaultValue={values.state} error={errors.state} />
      <TextField name="postalCode" label="ZIP code" autoComplete="postal-code" inputMode="numeric" width="short" defaultValue={values.postalCode} error={errors.postalCode} />
      <SubmitButton pendingLabel="Saving…">Save contact details</SubmitButton>
    </ActionForm>
  );
}
