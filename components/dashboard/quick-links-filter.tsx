"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { controlClass } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { QuickLink } from "@/lib/dashboard/quick-links";

/**
 * The quick links with a search box that filters them as one types. The box appears only once
 * JavaScript runs; without it the page is the plain list. The count is announced politely.
 */
export function QuickLinksFilter({ links }: { links: QuickLink[] }) {
  const hydrated = useHydrated();
  const [query, setQuery] = useState("");
  const inputId = useId();
  const needle = query.trim().toLowerCase();
  const shown = needle ? links.filter((link) => link.label.toLowerCase().includes(needle)) : links;
  return (
    <div>
      {hydrated ? (
        <div className="mb-3">
          <label htmlFor={inputId} className="mb-1 block font-semibold">
            Search quick links
          </label>
          <input id={inputId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" className={controlClass} />
          <p role="status" className="sr-only">
            {needle ? `${shown.length} of ${links.length} links shown` : ""}
          </p>
        </div>
      ) : null}
      {shown.length === 0 ? <p>No quick links match “{query.trim()}”.</p> : null}
      <ul className="space-y-2">
        {shown.map((link) => (
          <li key={link.href}>
            {link.external ? (
              <a href={link.href} rel="noopener noreferrer">
                {link.label}
              </a>
            ) : (
              <Link href={link.href}>{link.label}</Link>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
