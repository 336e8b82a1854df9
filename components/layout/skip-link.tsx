/** The first thing a keyboard reaches: a jump to the page's main landmark (PageFrame's <main>). */
export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
    >
      Skip to main content
    </a>
  );
}
