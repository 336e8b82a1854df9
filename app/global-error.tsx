"use client";

/** Last resort when the root layout itself fails: plain markup, no details. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "3rem auto", maxWidth: "40rem", padding: "0 1rem" }}>
        <main id="main-content">
          <h1>Something went wrong</h1>
          <p>We could not load this page. Please try again in a moment.</p>
          {error.digest ? <p>Reference: {error.digest}</p> : null}
          <p>
            {/* A full page load on purpose: the app's own layout just failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
