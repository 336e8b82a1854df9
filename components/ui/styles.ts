/** A link that looks like the primary button (for "Create new account", "Start again"...). */
export const primaryLinkClass =
  "inline-block min-h-11 bg-brand-700 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white";

/** The white cards the guide's pages are built from. */
export const cardClass = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6";
