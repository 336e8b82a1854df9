import type { Metadata } from "next";
import { DashboardHome } from "@/components/dashboard/dashboard-home";
import { ConfirmEmailBanner } from "@/components/register/confirm-email-banner";
import { getMyAccountSummary } from "@/lib/accounts/account-summary";

export const metadata: Metadata = { title: "Dashboard" };

/** The guide's last screen: announcements, credentials, quick links and the activity feed. */
export default async function DashboardPage() {
  const account = await getMyAccountSummary();
  return (
    <div className="space-y-6">
      {account.emailConfirmed ? null : <ConfirmEmailBanner />}
      <h1 className="text-3xl font-bold text-brand-900">Welcome, {account.name}</h1>
      <DashboardHome />
    </div>
  );
}
