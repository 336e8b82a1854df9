"use client";

import { useActionState } from "react";
import { approveApplicationAction, denyApplicationAction, requestInformationAction } from "@/app/staff/(console)/applications/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { idleState, type ActionState } from "@/lib/platform/forms/action-state";
import type { Decided } from "@/lib/staff/applications/review-fields";

const noSsn = "The educator reads this in a notification and an email. Do not include a Social Security number.";

type MessageAction<Field extends string, Outcome> = (previous: ActionState<Field, Outcome>, formData: FormData) => Promise<ActionState<Field, Outcome>>;

/** A staff message to the educator and one button: the request for information, the denial's reason (done, the action goes to the page's notice). */
function MessageForm<Field extends string, Outcome>(props: { action: MessageAction<Field, Outcome>; formKey: string; name: Field; label: string; button: string; pendingLabel: string }) {
  const [state, formAction] = useActionState(props.action, idleState<Field, Outcome>());
  const fieldErrors = state.fieldErrors as Record<string, string | undefined>;
  const values = state.values as Record<string, string | undefined>;
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={fieldErrors as Record<string, string>} formError={state.formError} />
      <input type="hidden" name="applicationId" value={props.formKey} />
      <TextArea name={props.name} label={props.label} hint={noSsn} rows={4} maxLength={2000} required defaultValue={values[props.name]} error={fieldErrors[props.name]} />
      <SubmitButton variant="secondary" pendingLabel={props.pendingLabel}>
        {props.button}
      </SubmitButton>
    </ActionForm>
  );
}

/** "Request information": the message goes to the educator, who answers on their application page. */
export function RequestInformationForm({ formKey }: { formKey: string }) {
  return <MessageForm action={requestInformationAction} formKey={formKey} name="message" label="What do you need from the educator?" button="Request information" pendingLabel="Sending…" />;
}

/** "Deny" with the reason the educator reads. */
export function DenyForm({ formKey }: { formKey: string }) {
  return <MessageForm action={denyApplicationAction} formKey={formKey} name="reason" label="Reason for the denial" button="Deny the application" pendingLabel="Denying…" />;
}

type ApproveProps = {
  formKey: string;
  /** What approval will do, in words (e.g. "Certificate 90000112 is renewed for five years."). */
  effect: string;
  /** For a new certificate: the types to choose from; empty when the application names its certificate. */
  credentialTypes: { code: string; name: string }[];
};

const rankOptions = [
  { value: "", label: "No rank" },
  { value: "III", label: "Rank III" },
  { value: "II", label: "Rank II" },
  { value: "I", label: "Rank I" },
];

/** "Approve": issues the credential. A new certificate needs its type, area and rank; others need nothing more. */
export function ApproveForm({ formKey, effect, credentialTypes }: ApproveProps) {
  const [state, formAction] = useActionState(approveApplicationAction, idleState<"credentialType" | "area" | "rank", Decided<"approved">>());
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} />
      <input type="hidden" name="applicationId" value={formKey} />
      <p className="mb-4">{effect}</p>
      {credentialTypes.length > 0 ? (
        <>
          <Select
            name="credentialType"
            label="Certificate to issue"
            options={credentialTypes.map((type) => ({ value: type.code, label: type.name }))}
            placeholder="Select a certificate"
            required
            defaultValue={state.values.credentialType}
            error={state.fieldErrors.credentialType}
          />
          <TextField name="area" label="Certification area" required maxLength={200} defaultValue={state.values.area} error={state.fieldErrors.area} />
          <Select name="rank" label="Rank" options={rankOptions} defaultValue={state.values.rank} error={state.fieldErrors.rank} />
        </>
      ) : null}
      <SubmitButton pendingLabel="Approving…">Approve and issue</SubmitButton>
    </ActionForm>
  );
}
