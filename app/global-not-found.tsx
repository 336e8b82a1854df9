import type { Metadata } from "next";
import { connection } from "next/server";
import { PageFrame } from "@/components/layout/page-frame";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { SkipLink } from "@/components/layout/skip-link";
import { DemonstrationBanner } from "@/components/ui/demonstration-banner";
import { getBranding } from "@/lib/platform/config/branding";
import { getConfig } from "@/lib/platform/config/env";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: `Page not found | ${getBranding().portalShortName}` };
}

/**
 * An address no route matches. This is its own page, not app/not-found.tsx, because Next renders the
 * root not-found (with its whole page frame) into every page's payload in case a page needs it: about
 * an eighth of a simple page's server time and a quarter of the home page's HTML (issue 16). A page
 * that calls notFound() is answered by its route group's not-found.tsx, inside that group's frame.
 */
export default async function GlobalNotFound() {
  // Rendered per request like every page: the CSP nonce and the branding are read at run time.
  await connection();
  return (
    <html lang="en">
      <body className="font-sans">
        <SkipLink />
        {getConfig().DEMO_MODE ? <DemonstrationBanner /> : null}
        <PageFrame>
          <NotFoundMessage />
        </PageFrame>
      </body>
    </html>
  );
}
