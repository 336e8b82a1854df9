import type { FormState } from "@/lib/platform/forms/form-state";
import type { SearchResultRow } from "./search-accounts";

/** What the search form shows after a submit: the form's own state plus the search's answer. */
export type SearchState = FormState & {
  outcome?:
    | { kind: "found"; rows: SearchResultRow[] }
    | { kind: "not-found" }
    | { kind: "already-registered" };
  /** Changes whenever the captcha was spent, so the form shows a fresh one. */
  captchaRound: number;
};

export const initialSearchState: SearchState = { status: "idle", fieldErrors: {}, values: {}, captchaRound: 0 };

/** The account forms (claim and create): the form state plus the two answers that replace the form. */
export type AccountFormState = FormState & {
  outcome?: { kind: "ssn-in-use" } | { kind: "already-claimed" } | { kind: "claim-invalid" };
  captchaRound: number;
};

export const initialAccountFormState: AccountFormState = { status: "idle", fieldErrors: {}, values: {}, captchaRound: 0 };
