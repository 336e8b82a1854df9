"use client";

import { useEffect } from "react";

/**
 * Takes a one-time query parameter (a `?done=` notice after an action) out of the address once the
 * page has shown it, so reloading, bookmarking or sharing the page does not announce it again. The
 * page on screen stays as it is: only the history entry's address changes.
 */
export function ForgetQueryParameter({ parameter }: { parameter: string }) {
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has(parameter)) return;
    url.searchParams.delete(parameter);
    // As Next documents it: its router picks up native replaceState calls and keeps its own state.
    window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
  }, [parameter]);
  return null;
}
