/**
 * What a page shows while its data loads (the segment's loading.tsx): the page's heading at once, grey
 * bars where the content will be, and one polite status line for screen readers. No spinner that
 * moves forever; the bars do not animate for people who ask for reduced motion.
 */
export function PageLoading({ heading, what }: { heading: string; what: string }) {
  return (
    <div className="space-y-6" aria-busy="true">
      <h1 className="text-3xl font-bold text-brand-900">{heading}</h1>
      <p role="status" className="text-slate-700">
        Loading {what}…
      </p>
      <div aria-hidden="true" className="space-y-4 motion-safe:animate-pulse">
        <div className="h-6 w-2/3 rounded bg-slate-200" />
        <div className="h-24 rounded bg-slate-200" />
        <div className="h-24 rounded bg-slate-200" />
      </div>
    </div>
  );
}
