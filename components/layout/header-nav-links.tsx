"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** `nested`: the link is also current on the pages under it (a console section and its records). */
export type HeaderNavLink = { href: string; label: string; nested?: boolean };

/** The header's navigation links on the brand bar, the current one marked with aria-current (and an underline bar). */
export function HeaderNavLinks({ links }: { links: HeaderNavLink[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap items-center gap-1">
      {links.map((link) => {
        const current = pathname === link.href || (link.nested === true && pathname.startsWith(`${link.href}/`));
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
