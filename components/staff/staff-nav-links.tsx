"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type StaffNavLink = { href: string; label: string };

/** The console's sections the staff member's roles open, the current one marked with aria-current. */
export function StaffNavLinks({ links }: { links: StaffNavLink[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap items-center gap-1">
      {links.map((link) => {
        const current = link.href === "/staff" ? pathname === "/staff" : pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={current ? "page" : undefined}
              className={`block px-3 py-2 font-semibold text-white no-underline hover:bg-brand-700 hover:text-white ${current ? "border-b-4 border-white" : "border-b-4 border-transparent"}`}
            >
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
