import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { type ReactNode, Suspense } from "react";
import { SessionIdleWarning } from "@/components/auth/session-idle-warning";
import { NavigationPending } from "@/components/layout/navigation-pending";
import { SkipLink } from "@/components/layout/skip-link";
import { DemonstrationBanner } from "@/components/ui/demonstration-banner";
import { getBranding } from "@/lib/platform/config/branding";
import { getConfig } from "@/lib/platform/config/env";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const branding = getBranding();
  return {
    title: { default: branding.portalName, template: `%s | ${branding.portalShortName}` },
    description: `${branding.agencyName}: register, sign in, see your credentials, or search public licensure information.`,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the CSP nonce (proxy.ts) and the agency's branding are read at
  // run time, never baked in at build time.
  await connection();
  // The captcha widget puts this nonce on the <style> it adds (proxy.ts allows no other style element).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en">
      <head>{nonce ? <meta name="csp-nonce" content={nonce} /> : null}</head>
      <body className="font-sans">
        <SkipLink />
        {/* Its own boundary: it reads the search parameters, which must not hold back the page. */}
        <Suspense fallback={null}>
          <NavigationPending />
        </Suspense>
        {getConfig().DEMO_MODE ? <DemonstrationBanner /> : null}
        {children}
        <SessionIdleWarning />
      </body>
    </html>
  );
}
