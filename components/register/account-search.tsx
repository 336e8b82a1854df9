"use client";

import { useActionState, useEffect, useRef } from "react";
import { searchAccountAction } from "@/app/(auth)/register/actions";
import { Captcha } from "@/components/ui/captcha";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialRegistrationState } from "@/lib/registration/form-outcomes";
import { SearchOutcome } from "./search-outcome";
import { SsnNotice } from "./ssn-notice";
import { cardClass } from "@/components/ui/styles";
import { ActionForm } from "@/components/ui/action-form";

/**
 * /register: "Search for an account." beside "Welcome, {stateName} Educator!", whose text becomes the
 * search's answer. On narrow screens the welcome (and answer) comes first, then the form.
 */
export function AccountSearch(props: { stateName: string; agencyShortName: string; agencyName: string }) {
  const { stateName, agencyShortName, agencyName } = props;
  const [state, action] = useActionState(searchAccountAction, initialRegistrationState());
  const outcomeHeading = useRef<HTMLHeadingElement>(null);
  const errors = state.fieldErrors;
  useEffect(() => {
    if (state.outcome) outcomeHeading.current?.focus();
  }, [state]);

  return (
    <div className="grid grid-cols-1 gap-8 md:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <section aria-labelledby="welcome-heading" className="space-y-4 md:order-2">
        <h1 id="welcome-heading" className="text-3xl font-bold text-brand-900">
          Welcome, {stateName} Educator!
        </h1>
        <div>
          {state.outcome ? (
            <SearchOutcome outcome={state.outcome} headingRef={outcomeHeading} />
          ) : (
            <div className="space-y-3">
              <p className="text-lg font-semibold">First, let&rsquo;s see if you have an account.</p>
              <p>Use the search form on this page to begin the registration process.</p>
              <p>
                If you have had any direct or indirect interaction with the {agencyShortName} you may already be in our
                database. These interactions may have included:
              </p>
              <ul className="list-disc space-y-1 pl-6">
                <li>Creating an eLicensing account (only one account per person, per lifetime is permitted)</li>
                <li>Holding a current or expired {stateName} credential</li>
                <li>Submitting test scores to {agencyShortName}</li>
              </ul>
              <p>If an existing account already exists, click <strong>This is Me!</strong>.</p>
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby="search-heading" className={`${cardClass} md:order-1`}>
        <h2 id="search-heading" className="mb-4 text-xl font-semibold text-brand-900">
          Search for an account.
        </h2>
        <ErrorSummary fieldErrors={errors} fieldIds={{ altcha: "captcha" }} />
        <ActionForm action={action} state={state} noValidate>
          <TextField name="firstName" label="First Name" required autoComplete="given-name" defaultValue={state.values.firstName} error={errors.firstName} />
          <TextField name="lastName" label="Last Name" required autoComplete="family-name" hint="Your current or a former last name" defaultValue={state.values.lastName} error={errors.lastName} />
          <TextField name="lastFourSsn" label="Last Four SSN" required inputMode="numeric" autoComplete="off" maxLength={4} width="short" error={errors.lastFourSsn} />
          <SsnNotice agencyName={agencyName} />
          <DateField name="dateOfBirth" label="Date of Birth" required autoComplete="bday" defaultValue={state.values.dateOfBirth} error={errors.dateOfBirth} />
          <div key={state.captchaRound}>
            <Captcha action="account-search" error={errors.altcha} />
          </div>
          <SubmitButton pendingLabel="Searching…">Search</SubmitButton>
        </ActionForm>
      </section>
    </div>
  );
}
