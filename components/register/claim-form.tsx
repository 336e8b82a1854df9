"use client";

import { useActionState } from "react";
import { claimAccountAction } from "@/app/(auth)/register/claim/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialRegistrationState } from "@/lib/registration/form-outcomes";
import type { ChosenRecordView } from "@/lib/registration/chosen-record";
import { AccountFields } from "./account-fields";
import { MicrosoftLinkChoice } from "./microsoft-link-choice";
import { AccountFormOutcome } from "./account-form-outcome";
import { cardClass } from "@/components/ui/styles";
import { ActionForm } from "@/components/ui/action-form";

const fixedNote = "If an account already exists, you will not be able to change your name, date of birth or social.";

/** "Now enter your account information." for the record chosen with "This is me!". */
export function ClaimForm({ record, pendingMicrosoft }: { record: ChosenRecordView; pendingMicrosoft: { displayEmail: string | null } | null }) {
  const [state, action] = useActionState(claimAccountAction, initialRegistrationState());
  if (state.outcome) return <AccountFormOutcome outcome={state.outcome} />;
  const errors = state.fieldErrors;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-3xl font-bold text-brand-900">Now enter your account information.</h1>
      <p className="mb-6">Choose a username and password, and give the email address we should use to reach you.</p>
      <ErrorSummary fieldErrors={errors} />
      <ActionForm action={action} state={state} noValidate className={cardClass}>
        <h2 className="mb-4 text-xl font-semibold text-brand-900">Account Information</h2>
        <AccountFields values={state.values} errors={errors} />
        <h2 className="mb-2 mt-2 text-xl font-semibold text-brand-900">Personal Information</h2>
        <p className="mb-4 text-slate-700">NOTE: {fixedNote}</p>
        <TextField name="firstName" label="First Name" readOnly defaultValue={record.firstName} readOnlyNote="From your educator record; it cannot be changed here." />
        <TextField name="lastName" label="Last Name" readOnly defaultValue={record.lastName} readOnlyNote="From your educator record; it cannot be changed here." />
        <TextField name="dateOfBirth" label="Date of Birth" readOnly width="short" defaultValue={record.dateOfBirth} readOnlyNote="From your educator record; it cannot be changed here." />
        {pendingMicrosoft ? <MicrosoftLinkChoice microsoftAccount={pendingMicrosoft.displayEmail} checked={state.values.linkMicrosoft === "yes"} /> : null}
        <SubmitButton pendingLabel="Creating your account…">Continue</SubmitButton>
      </ActionForm>
    </div>
  );
}
