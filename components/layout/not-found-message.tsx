import Link from "next/link";

/** What every "page not found" says, inside whichever frame shows it. */
export function NotFoundMessage() {
  return (
    <section aria-labelledby="not-found-heading" className="max-w-prose space-y-4">
      <h1 id="not-found-heading" className="text-3xl font-bold text-brand-900">
        Page not found
      </h1>
      <p>The page you asked for is not here. If you typed the address, check it; if you followed a link, it may be out of date.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </section>
  );
}
