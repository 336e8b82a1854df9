import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { staffEnrolPath } from "@/lib/staff/guard";
import { secondStepPageState } from "@/lib/staff/second-step";
import { staffSignOutAction } from "@/lib/staff/sign-out-action";
import { staffSecondFactorAction } from "./actions";

export const metadata: Metadata = { title: "Enter your security code" };

/** The console's second step, at every staff sign-in (no "remember this browser" for staff). */
export default async function StaffSecondFactorPage() {
  const state = await secondStepPageState();
  if (state === "done") redirect("/staff");
  if (state === "enrol") redirect(staffEnrolPath);
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Enter your security code</h1>
      <p>Open your authenticator app and enter the code it shows for the staff console, or one of your recovery codes.</p>
      <SecondFactorForm action={staffSecondFactorAction} offerRemember={false} />
      <form action={staffSignOutAction}>
        <button type="submit" className="underline">
          Cancel and sign out
        </button>
      </form>
    </div>
  );
}
