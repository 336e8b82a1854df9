"use client";

import { useEffect, useState } from "react";

/**
 * The public search's button. The form is a plain GET form (it works without JavaScript and every
 * results page has an address), so the browser, not React, sends it and useFormStatus never sees it
 * pending: the button marks its own click instead, and says "Searching…" until the results page
 * replaces this one. Coming back with the Back button (page cache) shows it ready again.
 */
export function SearchButton() {
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    const shownAgain = () => setSearching(false);
    window.addEventListener("pageshow", shownAgain);
    return () => window.removeEventListener("pageshow", shownAgain);
  }, []);

  return (
    <>
      <button
        type="submit"
        // Enter in a field submits through this button's click too (implicit submission), so one handler serves both.
        onClick={() => setSearching(true)}
        // aria-disabled, not disabled: the browser is already sending the form; a second press does nothing harmful.
        aria-disabled={searching || undefined}
        className="min-h-11 bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-900 aria-disabled:cursor-wait aria-disabled:opacity-75"
      >
        {searching ? "Searching…" : "Search"}
      </button>
      <span className="sr-only" role="status">
        {searching ? "Searching…" : ""}
      </span>
    </>
  );
}
