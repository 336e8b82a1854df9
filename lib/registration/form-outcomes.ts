import type { ActionState } from "@/lib/platform/forms/action-state";
import type { SearchResultRow } from "./search-accounts";

/** The account search's answer, shown beside the form (the form's own state is the one ActionState). */
export type AccountSearchOutcome =
  | { kind: "found"; rows: SearchResultRow[] }
  | { kind: "not-found" }
  | { kind: "already-registered" };

/** The two answers that replace the claim or create form. */
export type AccountFormOutcome = { kind: "ssn-in-use" } | { kind: "already-claimed" } | { kind: "claim-invalid" };

/** Both registration forms carry a captcha, so their first state starts the captcha count at 0. */
export function initialRegistrationState<Outcome>(): ActionState<string, Outcome> {
  return { status: "idle", fieldErrors: {}, values: {}, captchaRound: 0 };
}
