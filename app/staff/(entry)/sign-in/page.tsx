import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MicrosoftStaffButton } from "@/components/staff/microsoft-staff-button";
import { StaffSignInForm } from "@/components/staff/staff-sign-in-form";
import { currentStaff } from "@/lib/staff/guard";

export const metadata: Metadata = { title: "Staff sign in" };

const notices: Record<string, string> = {
  "signed-out": "You have signed out of the staff console.",
  "code-locked": "Too many wrong codes. For your security you have been signed out: sign in again in 15 minutes.",
};

/**
 * The agency staff's way in. Not the educators' sign-in: staff accounts are separate, and every
 * staff sign-in ends with a second factor (set up on first sign-in).
 */
export default async function StaffSignInPage({ searchParams }: { searchParams: Promise<{ notice?: string; error?: string }> }) {
  if (await currentStaff()) redirect("/staff");
  const params = await searchParams;
  const notice = notices[params.notice ?? ""];
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Staff sign in</h1>
      {notice ? (
        <p role="status" className="border-l-4 border-brand-700 bg-white p-3">
          {notice}
        </p>
      ) : null}
      <p>For agency staff. Educators sign in on the portal&apos;s home page.</p>
      <StaffSignInForm />
      <MicrosoftStaffButton error={params.error} />
      <p className="text-sm text-slate-700">Forgot your password or lost your authenticator? Ask an administrator of the console to reset it.</p>
    </div>
  );
}
