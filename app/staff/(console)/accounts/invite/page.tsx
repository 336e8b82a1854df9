import type { Metadata } from "next";
import Link from "next/link";
import { InviteStaffForm } from "@/components/staff/accounts/invite-staff-form";
import { requireStaff } from "@/lib/staff/guard";

export const metadata: Metadata = { title: "Invite a staff member" };

/** Invite (admin): the new staff member gets an emailed enrolment link to choose a password and set up an authenticator. */
export default async function InviteStaffPage() {
  await requireStaff("admin");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/staff/accounts">Back to staff accounts</Link>
      </p>
      <h1 className="text-3xl font-bold">Invite a staff member</h1>
      <p className="max-w-prose">
        They will receive an email with a link to choose a password and set up an authenticator app. Give each person only the roles their
        work needs.
      </p>
      <InviteStaffForm />
    </div>
  );
}
