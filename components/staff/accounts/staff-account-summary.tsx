import type { StaffAccountRow } from "@/lib/staff/accounts/staff-directory";
import { lastSignInText, rolesText, statusLabels } from "./staff-account-facts";

/** An account's facts as a GOV.UK summary list. */
export function StaffAccountSummary({ account }: { account: StaffAccountRow }) {
  const facts: [string, string][] = [
    ["Email", account.email],
    ["Roles", rolesText(account)],
    ["Status", statusLabels[account.status]],
    ["Last sign-in", lastSignInText(account)],
    ["Authenticator app", account.factorEnrolled ? "Set up" : "Not set up"],
    ["Microsoft sign-in", account.microsoftLinked ? "Linked" : "Not linked"],
  ];
  return (
    <dl className="max-w-2xl divide-y divide-slate-200 border-y border-slate-200">
      {facts.map(([term, value]) => (
        <div key={term} className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
          <dt className="font-semibold">{term}</dt>
          <dd className="break-words sm:col-span-2">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
