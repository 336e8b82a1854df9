"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/profile", label: "Profile" },
  { href: "/requests", label: "My requests" },
];

/** "Dashboard", "Profile" and "My requests", the current one marked with aria-current (and an underline bar). */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap items-center gap-1">
      {links.map((link) => {
        const current = pathname === link.href;
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
