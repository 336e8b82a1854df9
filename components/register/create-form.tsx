"use client";

import Link from "next/link";
import { useActionState } from "react";
import { createAccountAction } from "@/app/(auth)/register/create/actions";
import { Captcha } from "@/components/ui/captcha";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialRegistrationState } from "@/lib/registration/form-outcomes";
import { AccountFields } from "./account-fields";
import { MicrosoftLinkChoice } from "./microsoft-link-choice";
import { AccountFormOutcome } from "./account-form-outcome";
import { SsnField } from "./ssn-field";
import { SsnNotice } from "./ssn-notice";
import { cardClass } from "@/components/ui/styles";
import { ActionForm } from "@/components/ui/action-form";

/** "Create new account": Account Information and Personal Information, the captcha, Continue and Cancel. */
export function CreateForm({
  stateName,
  agencyName,
  pendingMicrosoft,
}: {
  stateName: string;
  agencyName: string;
  pendingMicrosoft: { displayEmail: string | null } | null;
}) {
  const [state, action] = useActionState(createAccountAction, initialRegistrationState());
  if (state.outcome) return <AccountFormOutcome outcome={state.outcome} />;
  const errors = state.fieldErrors;
  const values = state.values;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-3xl font-bold text-brand-900">Welcome, {stateName} Educator!</h1>
      <p className="mb-6">Create your new account. All fields are required.</p>
      <ErrorSummary fieldErrors={errors} fieldIds={{ altcha: "captcha" }} />
      <ActionForm action={action} state={state} noValidate className={cardClass}>
        <h2 className="mb-4 text-xl font-semibold text-brand-900">Account Information</h2>
        <AccountFields values={values} errors={errors} />
        <h2 className="mb-4 mt-2 text-xl font-semibold text-brand-900">Personal Information</h2>
        <TextField name="firstName" label="First Name" required autoComplete="given-name" defaultValue={values.firstName} error={errors.firstName} />
        <TextField name="lastName" label="Last Name" required autoComplete="family-name" defaultValue={values.lastName} error={errors.lastName} />
        <DateField name="dateOfBirth" label="Date of Birth" required autoComplete="bday" defaultValue={values.dateOfBirth} error={errors.dateOfBirth} />
        <SsnField error={errors.ssn} />
        <SsnNotice agencyName={agencyName} />
        {pendingMicrosoft ? <MicrosoftLinkChoice microsoftAccount={pendingMicrosoft.displayEmail} checked={values.linkMicrosoft === "yes"} /> : null}
        <div key={state.captchaRound}>
          <Captcha action="account-create" error={errors.altcha} />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton pendingLabel="Creating your account…">Continue</SubmitButton>
          <Link href="/register" className="inline-block min-h-11 py-2">
            Cancel
          </Link>
        </div>
      </ActionForm>
    </div>
  );
}
