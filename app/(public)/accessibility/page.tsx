import type { Metadata } from "next";
import Link from "next/link";
import { getBranding } from "@/lib/platform/config/branding";

export const metadata: Metadata = { title: "Accessibility statement" };

/** The accessibility statement: the standard we hold ourselves to, known limits, and how to report a barrier. */
export default function AccessibilityPage() {
  const { agencyName, portalName, supportPhone } = getBranding();
  return (
    <article className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Accessibility statement</h1>
      <p>
        The {agencyName} wants everyone to be able to use the {portalName}, including people who use a screen reader, magnification,
        voice control or only a keyboard.
      </p>

      <section aria-labelledby="standard-heading" className="space-y-3">
        <h2 id="standard-heading" className="text-xl font-bold">
          The standard we follow
        </h2>
        <p>
          We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. Every page is checked with automated tests on
          wide and narrow (320 pixel) screens each time the portal changes.
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>Every page can be used with a keyboard alone, and has a link to skip to its main content.</li>
          <li>Pages work when zoomed to 400% or on a narrow phone screen without scrolling sideways.</li>
          <li>Form errors are listed at the top of the form and next to each field, and read out by screen readers.</li>
          <li>Before your session times out, you are warned and can stay signed in.</li>
        </ul>
      </section>

      <section aria-labelledby="limits-heading" className="space-y-3">
        <h2 id="limits-heading" className="text-xl font-bold">
          Known limits
        </h2>
        <p>
          The security check on the registration forms works in the background and needs JavaScript. If it does not finish, please
          contact us and we will register you another way.
        </p>
      </section>

      <section aria-labelledby="report-heading" className="space-y-3">
        <h2 id="report-heading" className="text-xl font-bold">
          Report a barrier
        </h2>
        <p>
          If something on this site is hard or impossible for you to use, please tell us: the page, what you were trying to do, and
          what assistive technology you use, if any.
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <Link href="/support?topic=other">Report an accessibility problem with the online support form</Link>
          </li>
          <li>
            Call <a href={`tel:+1${supportPhone.replace(/\D/g, "")}`}>{supportPhone}</a>
          </li>
        </ul>
        <p>We will reply, and can help you finish what you came to do another way in the meantime.</p>
      </section>
    </article>
  );
}
