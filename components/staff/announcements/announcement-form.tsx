"use client";

import { useActionState } from "react";
import { createAnnouncementAction, updateAnnouncementAction } from "@/app/staff/(console)/announcements/actions";
import { ActionForm } from "@/components/ui/action-form";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/platform/forms/action-state";
import type { AnnouncementField } from "@/lib/staff/announcements/announcement-form";
import type { AnnouncementFormValues } from "@/lib/staff/announcements/announcements";

/** Create (no `existing`) or edit an announcement: title, text, first day and optional last day. */
export function AnnouncementForm({ existing }: { existing?: AnnouncementFormValues }) {
  const [state, formAction] = useActionState(existing ? updateAnnouncementAction : createAnnouncementAction, idleState<AnnouncementField, "saved">());
  const errors = state.fieldErrors;
  const value = (field: AnnouncementField) => (state.status === "error" ? state.values[field] : existing?.[field]);
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={errors} formError={state.formError} />
      {existing ? <input type="hidden" name="announcementId" value={existing.announcementId} /> : null}
      <TextField name="title" label="Title" required maxLength={120} defaultValue={value("title")} error={errors.title} />
      <TextArea name="body" label="Text" hint="Shown on every educator's dashboard while it is scheduled." required rows={5} maxLength={2000} defaultValue={value("body")} error={errors.body} />
      <DateField name="startsOn" label="First day to show it" hint="mm/dd/yyyy; it shows from the start of this day" required defaultValue={value("startsOn")} error={errors.startsOn} />
      <DateField name="endsOn" label="Last day to show it (optional)" hint="mm/dd/yyyy; leave empty to show it until it is removed" defaultValue={value("endsOn")} error={errors.endsOn} />
      <SubmitButton pendingLabel="Saving…">{existing ? "Save changes" : "Create announcement"}</SubmitButton>
    </ActionForm>
  );
}
