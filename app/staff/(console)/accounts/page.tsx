import type { Metadata } from "next";
import Link from "next/link";
import { StaffAccountsTable } from "@/components/staff/accounts/staff-accounts-table";
import { primaryLinkClass } from "@/components/ui/styles";
import { listStaffAccounts } from "@/lib/staff/accounts/staff-directory";
import { requireStaff } from "@/lib/staff/guard";

export const metadata: Metadata = { title: "Staff accounts" };

/** Staff accounts (admin): who has which roles, who is enrolled, and the way to invite someone. */
export default async function StaffAccountsPage() {
  await requireStaff("admin");
  const rows = await listStaffAccounts();
  return (
    <div className="space-y-6">
      <h1 id="staff-accounts-heading" className="text-3xl font-bold">
        Staff accounts
      </h1>
      <p className="max-w-prose">
        Staff sign in with a password or Microsoft, and always with an authenticator app. Open an account to change its roles, disable
        it, reset a lost authenticator or send a new enrolment link.
      </p>
      <p>
        <Link href="/staff/accounts/invite" className={primaryLinkClass}>
          Invite a staff member
        </Link>
      </p>
      <StaffAccountsTable rows={rows} />
    </div>
  );
}
