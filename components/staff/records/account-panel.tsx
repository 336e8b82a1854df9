import {
  detachMicrosoftAction,
  disableAccountAction,
  enableAccountAction,
  staffResendConfirmationAction,
  unlockAccountAction,
} from "@/app/staff/(console)/records/[publicId]/actions";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import type { StaffRole } from "@/lib/staff/roles";
import type { StaffRecordView } from "@/lib/staff/records/record-view";
import { RecordActionForm } from "./record-action-form";
import { Section } from "./record-summary";

const yesNo = (value: boolean) => (value ? "Yes" : "No");

/** The account on the record, and the account help the staff member's roles allow. */
export function AccountPanel({ record, roles }: { record: StaffRecordView; roles: StaffRole[] }) {
  const account = record.account;
  if (!account) {
    return (
      <Section title="Account" id="account-heading">
        <p>No one has created an account on this record yet.</p>
      </Section>
    );
  }
  const support = roles.includes("support");
  const canDisable = support || roles.includes("records");
  const facts: [string, string][] = [
    ["Username", account.username],
    ["Email", account.email],
    ["Email confirmed", yesNo(account.confirmed)],
    ["Locked", yesNo(account.locked)],
    ["Disabled", account.disabledAt ? `Yes, since ${formatAgencyDateTime(account.disabledAt)}` : "No"],
    ["Microsoft linked", account.microsoftSince ? `Yes, since ${formatAgencyDateTime(account.microsoftSince)}` : "No"],
    ["Last sign-in", account.lastSignInAt ? formatAgencyDateTime(account.lastSignInAt) : "Never"],
  ];
  const form = { publicId: record.publicId, variant: "secondary" as const };
  return (
    <Section title="Account" id="account-heading">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="mb-2 break-words sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-col gap-4 pt-2">
        {/* Always shown for the role (the answer says when there was nothing to do), so a form's answer stays on screen after the page refreshes. */}
        {support ? <RecordActionForm {...form} formId="resend" action={staffResendConfirmationAction} submitLabel="Resend confirmation email" /> : null}
        {support ? <RecordActionForm {...form} formId="unlock" action={unlockAccountAction} submitLabel="Unlock account" /> : null}
        {canDisable ? (
          <RecordActionForm {...form} formId="access" action={account.disabledAt ? enableAccountAction : disableAccountAction} submitLabel={account.disabledAt ? "Re-enable account" : "Disable account"} />
        ) : null}
        {support ? <RecordActionForm {...form} formId="microsoft" action={detachMicrosoftAction} submitLabel="Detach Microsoft" /> : null}
      </div>
    </Section>
  );
}
