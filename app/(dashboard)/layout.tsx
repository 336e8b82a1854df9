import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";
import { SignOutForm } from "@/components/register/sign-out-form";
import { getMyAccountSummary } from "@/lib/accounts/account-summary";

/** The signed-in shell: requireUser (inside getMyAccountSummary), the person's name and "Sign out". */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const account = await getMyAccountSummary();
  return (
    <PageFrame
      nav={
        <div className="flex flex-wrap items-center gap-3">
          <span className="font-semibold">{account.name}</span>
          <SignOutForm />
        </div>
      }
    >
      {children}
    </PageFrame>
  );
}
