"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Opens the browser's print dialog. Rendered hidden until JavaScript runs, so nobody without it
 * meets a button that does nothing (the browser's own Print works the same).
 */
export function PrintButton() {
  // false in the server's HTML, true once hydrated: no effect, no extra render.
  const ready = useSyncExternalStore(subscribe, () => true, () => false);
  return (
    <button
      type="button"
      hidden={!ready}
      onClick={() => window.print()}
      className="min-h-11 border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 print:hidden"
    >
      Print this page
    </button>
  );
}
