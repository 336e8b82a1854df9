import type { ActionState } from "@/lib/platform/forms/action-state";

/** A record-page form's answer: field errors, or a sentence saying what was done. */
export type RecordActionState = ActionState<string, { message: string }>;

export function doneState(message: string): RecordActionState {
  return { status: "ok", fieldErrors: {}, values: {}, outcome: { message } };
}
