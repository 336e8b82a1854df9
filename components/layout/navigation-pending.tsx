"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/** A click that the App Router will turn into a client-side navigation to another page of this site. */
function startsNavigation(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return false;
  const to = new URL(link.href, window.location.href);
  // Route handlers (a document download, a sign-out redirect) are not pages the router renders.
  if (to.origin !== window.location.origin || to.pathname.startsWith("/api/")) return false;
  // A jump within this page (#name-change) is not a navigation.
  return to.pathname !== window.location.pathname || to.search !== window.location.search;
}

/**
 * "Loading…" while a link click fetches the next page. The pages render on the server per request and
 * have no loading.tsx on purpose: a loading boundary streams its fallback first and reveals the page only
 * by script, so without JavaScript the dashboard and the search would stay on "Loading…". This bar is the
 * opposite trade: it exists only where script runs, and only during client-side navigations, which is
 * exactly when the browser's own progress indicator is not shown.
 */
export function NavigationPending() {
  const address = `${usePathname()}?${useSearchParams().toString()}`;
  // The address the click left from: the bar shows until the router has committed another one.
  const [leaving, setLeaving] = useState<string | null>(null);
  // Once another address is committed the click is spent, so Back to where it left does not show the bar.
  const [shown, setShown] = useState(address);
  if (shown !== address) {
    setShown(address);
    setLeaving(null);
  }
  const pending = leaving === address;

  useEffect(() => {
    const clicked = (event: MouseEvent) => {
      if (startsNavigation(event)) setLeaving(`${window.location.pathname}?${new URLSearchParams(window.location.search).toString()}`);
    };
    // Capture phase: runs before Next's own Link handler calls preventDefault on the click.
    document.addEventListener("click", clicked, true);
    return () => document.removeEventListener("click", clicked, true);
  }, []);

  return (
    <>
      {pending ? <div aria-hidden="true" className="navigation-pending fixed inset-x-0 top-0 z-50 h-1 bg-brand-600" /> : null}
      {/* A live region without role="status": it is on every page, and a page's own status message stays the only one. */}
      <span className="sr-only" aria-live="polite" data-navigation-status="">
        {pending ? "Loading…" : ""}
      </span>
    </>
  );
}
