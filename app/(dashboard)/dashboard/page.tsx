import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DashboardHome } from "@/components/dashboard/dashboard-home";
import { ConfirmEmailBanner } from "@/components/register/confirm-email-banner";
import { MicrosoftLinkedNotice } from "@/components/dashboard/microsoft-linked-notice";
import { getMyAccountSummary } from "@/lib/accounts/account-summary";
import { myNewMicrosoftLink } from "@/lib/accounts/new-microsoft-link";
import { myTwoStepPrompt } from "@/lib/profile/second-factor-data";

export const metadata: Metadata = { title: "Dashboard" };

/** The guide's last screen: announcements, credentials, quick links and the activity feed. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ linked?: string | string[] }> }) {
  const { linked } = await searchParams;
  const [account, twoStep, newMicrosoft] = await Promise.all([
    getMyAccountSummary(),
    myTwoStepPrompt(),
    // After registering with "Also link the Microsoft account …" ticked (issue 11 item 6).
    linked === "microsoft" ? myNewMicrosoftLink() : null,
  ]);
  // MFA-9: where the agency requires a second factor, an educator without one sets it up first.
  if (twoStep === "required") redirect("/profile?security=two-step-required#two-step");
  return (
    <div className="space-y-6">
      {newMicrosoft ? <MicrosoftLinkedNotice microsoftAccount={newMicrosoft.microsoftAccount} /> : null}
      {account.emailConfirmed ? null : <ConfirmEmailBanner />}
      {twoStep === "offer" ? (
        <p className="border-l-4 border-brand-700 bg-white p-3">
          Protect your account with two-step sign-in: a code from an authenticator app as well as your password.{" "}
          <Link href="/profile#two-step">Set up two-step sign-in</Link>
        </p>
      ) : null}
      <h1 className="text-3xl font-bold text-brand-900">Welcome, {account.name}</h1>
      <DashboardHome />
    </div>
  );
}
