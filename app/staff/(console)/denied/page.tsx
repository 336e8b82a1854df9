import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/staff/guard";
import { staffRoleDescriptions } from "@/lib/staff/roles";

export const metadata: Metadata = { title: "Not part of your role" };

/** Where a staff member lands when a page or action needs a role they do not hold. */
export default async function DeniedPage() {
  const actor = await requireStaff();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">That page is not part of your role</h1>
      <p>
        Your roles: {actor.roles.length > 0 ? actor.roles.map((role) => staffRoleDescriptions[role].label).join(", ") : "none yet"}. If you need
        this page for your work, ask an administrator to add the role to your account.
      </p>
      <p>
        <Link href="/staff">Back to the console overview</Link>
      </p>
    </div>
  );
}
