import type { Metadata } from "next";
import { ConfirmEmailBanner } from "@/components/register/confirm-email-banner";
import { getMyAccountSummary } from "@/lib/accounts/account-summary";

export const metadata: Metadata = { title: "Home" };

/** The home page after sign-in. The dashboard issue fills in announcements, credentials and the feed. */
export default async function DashboardPage() {
  const account = await getMyAccountSummary();
  return (
    <div className="space-y-6">
      {account.emailConfirmed ? null : <ConfirmEmailBanner />}
      <h1 className="text-3xl font-bold text-brand-900">Welcome, {account.name}</h1>
    </div>
  );
}
