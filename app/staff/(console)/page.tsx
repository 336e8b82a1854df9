import type { Metadata } from "next";
import Link from "next/link";
import { sectionsFor } from "@/lib/staff/console-sections";
import { requireStaff } from "@/lib/staff/guard";
import { myStaffMicrosoftLink } from "@/lib/staff/microsoft/my-microsoft-link";

export const metadata: Metadata = { title: "Staff console" };

/** The console's front page: a greeting and the sections this staff member's roles open. */
export default async function StaffHomePage() {
  const actor = await requireStaff();
  const sections = sectionsFor(actor.roles).filter((section) => section.href !== "/staff");
  const microsoft = await myStaffMicrosoftLink();
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
      {microsoft.configured ? (
        <section aria-labelledby="your-sign-in" className="space-y-2">
          <h2 id="your-sign-in" className="text-xl font-bold">
            Your sign-in
          </h2>
          <p>
            {microsoft.linked ? "Your Microsoft work account is linked: you can sign in with it (your authenticator is still asked). " : "You can sign in with your Microsoft work account once it is linked. "}
            <Link href="/staff/microsoft">{microsoft.linked ? "Microsoft sign-in" : "Link your Microsoft work account"}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
