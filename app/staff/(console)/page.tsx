import type { Metadata } from "next";
import Link from "next/link";
import { sectionsFor } from "@/lib/staff/console-sections";
import { requireStaff } from "@/lib/staff/guard";

export const metadata: Metadata = { title: "Staff console" };

/** The console's front page: a greeting and the sections this staff member's roles open. */
export default async function StaffHomePage() {
  const actor = await requireStaff();
  const sections = sectionsFor(actor.roles).filter((section) => section.href !== "/staff");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Staff console</h1>
      <p>Welcome, {actor.name}.</p>
      {sections.length === 0 ? (
        <p>Your account has no roles yet. Ask an administrator to give you the roles your work needs.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {sections.map((section) => (
            <li key={section.href} className="border border-slate-300 p-4">
              <Link href={section.href} className="text-lg font-semibold">
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
