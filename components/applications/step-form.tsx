"use client";

import { useActionState, type ReactNode } from "react";
import { saveApplicationStepAction, submitApplicationAction } from "@/app/(dashboard)/apply/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/platform/forms/action-state";
import { StepFields, type StepFieldsProps } from "./step-fields";

type Props = Omit<StepFieldsProps, "values" | "errors"> & {
  saved: Record<string, string>;
  returnTo?: string;
  submitLabel: string;
  /** Shown above the button, e.g. the fee. */
  children?: ReactNode;
};

/** One wizard step as a plain form posting to a server action, so it works without JavaScript too. */
export function StepForm({ saved, returnTo, submitLabel, children, ...fields }: Props) {
  const [state, formAction] = useActionState(fields.step === "fee" ? submitApplicationAction : saveApplicationStepAction, idleState());
  const values = state.status === "error" ? state.values : saved;
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} />
      <input type="hidden" name="applicationType" value={fields.typeCode} />
      <input type="hidden" name="step" value={fields.step} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <StepFields {...fields} values={values} errors={state.fieldErrors} />
      {children}
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
