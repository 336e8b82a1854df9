import type { Metadata } from "next";
import { DeadInvitation } from "@/components/staff/accounts/dead-invitation";
import { StaffInvitationForm } from "@/components/staff/accounts/staff-invitation-form";
import { peekEnrolmentLink } from "@/lib/staff/invitations/enrolment-links";

export const metadata: Metadata = { title: "Set up your staff account", referrer: "no-referrer", robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The emailed enrolment link's page (issue 15 item 1). Opening it uses nothing up (a mail scanner may
 * follow it); the button POSTs. Next come the authenticator set-up (/staff/enrol) and the console.
 */
export default async function StaffInvitationPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const holder = typeof token === "string" ? await peekEnrolmentLink(token) : null;
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">Set up your staff account</h1>
      {holder && typeof token === "string" ? (
        <>
          <p>
            Welcome, {holder.name}. Choose a password for the staff console; your sign-in name is <strong className="break-all">{holder.email}</strong>.
            Next you will set up an authenticator app.
          </p>
          <StaffInvitationForm token={token} email={holder.email} />
        </>
      ) : (
        <DeadInvitation />
      )}
    </div>
  );
}
