"use client";

import Link from "next/link";

/**
 * Unexpected errors: a friendly page that leaks nothing. The server logged the details (instrumentation
 * onRequestError); the digest lets support find them without showing anything to the visitor.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main-content" className="mx-auto max-w-prose space-y-4 px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">Something went wrong</h1>
      <p>We could not finish that request. Nothing you entered has been shared. Please try again in a moment.</p>
      {error.digest ? (
        <p className="text-sm text-slate-700">
          If it keeps happening, contact support and quote reference <code>{error.digest}</code>.
        </p>
      ) : null}
      <div className="flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Try again
        </button>
        <Link href="/" className="self-center">
          Go to the home page
        </Link>
      </div>
    </main>
  );
}
