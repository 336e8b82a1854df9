import Link from "next/link";
import type { ReactNode } from "react";
import { getBranding } from "@/lib/platform/config/branding";
import { AgencyLogo } from "./agency-logo";

/** The agency's header. Signed-in layouts pass their navigation as children. */
export function SiteHeader({ children }: { children?: ReactNode }) {
  const branding = getBranding();
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        {/* The accessible name starts with the visible word mark (WCAG 2.5.3 label in name). */}
        <Link href="/" className="text-white no-underline hover:text-brand-100">
          <AgencyLogo branding={branding} />
          <span className="sr-only">{` ${branding.portalName} home`}</span>
        </Link>
        <p className="hidden text-right text-sm text-brand-100 md:block">{branding.portalName}</p>
        {children}
      </div>
    </header>
  );
}
