import { sectionsFor } from "@/lib/staff/console-sections";
import type { StaffActor } from "@/lib/staff/guard";
import { staffSignOutAction } from "@/lib/staff/sign-out-action";
import { HeaderNavLinks } from "@/components/layout/header-nav-links";

/** The console's top bar: its sections for this staff member's roles, their name, and Sign out (a POST). */
export function StaffNav({ actor }: { actor: StaffActor }) {
  return (
    <nav aria-label="Staff console" className="flex w-full flex-wrap items-center justify-between gap-2">
      <HeaderNavLinks links={sectionsFor(actor.roles).map(({ href, label }) => ({ href, label, nested: href !== "/staff" }))} />
      <form action={staffSignOutAction} className="flex items-center gap-3">
        <span className="text-sm text-brand-100">
          Signed in as <span className="font-semibold text-white">{actor.name}</span>
        </span>
        <button type="submit" className="min-h-11 border-2 border-white px-3 py-2 font-semibold hover:bg-brand-700">
          Sign out
        </button>
      </form>
    </nav>
  );
}
