import type { AccountChangeState } from "@/app/staff/(console)/accounts/actions";

/**
 * What an account change did, next to its button: done (a polite status) or refused (an alert, e.g.
 * "You cannot disable your own account"). Field errors of the roles form go to its ErrorSummary.
 */
export function ChangeAnswer({ state }: { state: AccountChangeState }) {
  if (state.formError) {
    return (
      <p role="alert" className="mb-4 border-l-4 border-red-700 bg-white p-3 font-semibold text-red-800">
        {state.formError}
      </p>
    );
  }
  return (
    <p role="status" className={state.status === "ok" ? "mb-4 border-l-4 border-green-700 bg-white p-3" : "sr-only"}>
      {state.status === "ok" ? state.outcome : ""}
    </p>
  );
}
