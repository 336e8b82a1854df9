import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StaffEnrolForm } from "@/components/staff/staff-enrol-form";
import { enrolmentView } from "@/lib/staff/enrolment";
import { requireStaffFirstFactor, staffSecondStepPath } from "@/lib/staff/guard";
import { staffSignOutAction } from "@/lib/staff/sign-out-action";

export const metadata: Metadata = { title: "Set up your authenticator" };

/**
 * The first thing a new staff member does (issue 14 item 4, MFA-9): until an authenticator is set up,
 * this is the only console page their session reaches.
 */
export default async function StaffEnrolPage() {
  const session = await requireStaffFirstFactor();
  const view = await enrolmentView(session);
  if ("alreadyEnrolled" in view) redirect(session.secondFactorAt ? "/staff" : staffSecondStepPath);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Set up your authenticator</h1>
      <p>Every staff sign-in needs a second step, because the console opens every educator&apos;s record. Set it up now, before anything else.</p>
      <ol className="list-decimal space-y-4 pl-6">
        <li>
          Open an authenticator app on your phone (such as Microsoft Authenticator) and scan this code:
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server; nothing to optimise */}
          <img src={view.qrCode} alt="QR code to add the staff console to your authenticator app" width={200} height={200} className="mt-2 border border-slate-300 bg-white" />
        </li>
        <li>
          Or type this key into the app: <code className="break-all bg-slate-100 px-1 font-mono text-lg" data-testid="authenticator-key">{view.secret.replace(/(.{4})/g, "$1 ").trim()}</code>
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <StaffEnrolForm />
      <form action={staffSignOutAction}>
        <button type="submit" className="underline">
          Sign out
        </button>
      </form>
    </div>
  );
}
