import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffAccountSummary } from "@/components/staff/accounts/staff-account-summary";
import { StaffRolesForm } from "@/components/staff/accounts/staff-roles-form";
import { OneButtonForm } from "@/components/staff/one-button-form";
import { staffAccountDetail } from "@/lib/staff/accounts/staff-directory";
import { requireStaff } from "@/lib/staff/guard";
import { disableStaffAction, enableStaffAction, resendStaffInvitationAction, resetStaffSecondFactorAction } from "../actions";

export const metadata: Metadata = { title: "Staff account" };

/** What the last change did, when it changed the page itself (the invitation, disable, re-enable). */
const notices = {
  invited: "Invitation sent. The enrolment link works once, for 72 hours.",
  disabled: "Account disabled. They were signed out everywhere.",
  enabled: "Account re-enabled. They can sign in again.",
};

type Props = { params: Promise<{ staffId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One staff account (admin): its facts, its roles, and the changes an administrator makes to it. */
export default async function StaffAccountPage({ params, searchParams }: Props) {
  const actor = await requireStaff("admin");
  const [{ staffId }, { notice }] = await Promise.all([params, searchParams]);
  const account = await staffAccountDetail(staffId);
  if (!account) notFound();
  const self = account.id === actor.id;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/staff/accounts">Back to staff accounts</Link>
      </p>
      <h1 className="text-3xl font-bold break-words">{account.name}</h1>
      {typeof notice === "string" && Object.hasOwn(notices, notice) ? (
        <p role="status" className="max-w-2xl border-l-4 border-green-700 bg-white p-3">
          {notices[notice as keyof typeof notices]}
        </p>
      ) : null}
      <StaffAccountSummary account={account} />

      <section aria-labelledby="roles-heading" className="max-w-2xl space-y-3">
        <h2 id="roles-heading" className="text-2xl font-bold">Roles</h2>
        <StaffRolesForm staffId={account.id} roles={account.roles} />
      </section>

      <section aria-labelledby="sign-in-help-heading" className="max-w-2xl space-y-3">
        <h2 id="sign-in-help-heading" className="text-2xl font-bold">Sign-in help</h2>
        <p>A new enrolment link lets them choose a new password; earlier links stop working.</p>
        {account.status === "disabled" ? <p>Re-enable the account first.</p> : (
          <OneButtonForm action={resendStaffInvitationAction} fields={{ staffId: account.id }} label="Send a new enrolment link" pendingLabel="Sending…" done="A new enrolment link was emailed. Earlier links no longer work." />
        )}
        {self ? (
          <p>Another administrator must reset your own authenticator.</p>
        ) : (
          <>
            <p>Lost their phone? Resetting removes their authenticator and recovery codes and signs them out; they set up a new one when they next sign in.</p>
            <OneButtonForm action={resetStaffSecondFactorAction} fields={{ staffId: account.id }} label="Reset authenticator" pendingLabel="Resetting…" done="Authenticator reset. They will set up a new one at their next sign-in." />
          </>
        )}
      </section>

      <section aria-labelledby="access-heading" className="max-w-2xl space-y-3">
        <h2 id="access-heading" className="text-2xl font-bold">Access</h2>
        {self ? (
          <p>You cannot disable your own account.</p>
        ) : account.status === "disabled" ? (
          <OneButtonForm action={enableStaffAction} fields={{ staffId: account.id }} label="Re-enable account" pendingLabel="Re-enabling…" done={notices.enabled} />
        ) : (
          <>
            <p>Disabling signs them out everywhere at once; they cannot sign in until an administrator re-enables the account.</p>
            <OneButtonForm action={disableStaffAction} fields={{ staffId: account.id }} label="Disable account" pendingLabel="Disabling…" done={notices.disabled} />
          </>
        )}
      </section>
    </div>
  );
}
