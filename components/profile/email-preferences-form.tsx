"use client";

import { useActionState } from "react";
import { saveEmailPreferencesAction } from "@/app/(dashboard)/profile/preferences-actions";
import { ActionForm } from "@/components/ui/action-form";
import { Checkbox } from "@/components/ui/checkbox";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/platform/forms/action-state";

type Category = { field: string; label: string; hint: string };

/** One checkbox per optional email category, in a fieldset; saved together. */
export function EmailPreferencesForm({ categories, saved }: { categories: readonly Category[]; saved: Record<string, boolean> }) {
  const [state, formAction] = useActionState(saveEmailPreferencesAction, idleState());
  const isOn = (field: string) => (state.status === "ok" ? state.values[field] === "yes" : saved[field]);
  return (
    <ActionForm action={formAction} state={state} noValidate>
      {state.status === "ok" ? (
        <p role="status" className="mb-4 border-l-4 border-green-800 bg-white p-3">
          Your email choices have been saved.
        </p>
      ) : null}
      <fieldset>
        <legend className="mb-3 font-semibold">Email me about</legend>
        {categories.map(({ field, label, hint }) => (
          <Checkbox key={field} name={field} label={label} hint={hint} defaultChecked={isOn(field)} />
        ))}
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save email choices</SubmitButton>
    </ActionForm>
  );
}
