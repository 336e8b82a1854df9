import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Header, the page's main landmark (target of the skip link) and footer. */
export function PageFrame({ children, nav }: { children: ReactNode; nav?: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader>{nav}</SiteHeader>
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
