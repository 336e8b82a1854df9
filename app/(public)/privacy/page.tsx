import type { Metadata } from "next";
import Link from "next/link";
import { getBranding } from "@/lib/platform/config/branding";

export const metadata: Metadata = { title: "Privacy and your Social Security number" };

/**
 * The privacy notice: what the portal collects, why, and how it is kept, with the Social Security
 * number first because that is what people worry about (the SSN notice on the forms links here).
 */
export default function PrivacyPage() {
  const { agencyName, policyEmail } = getBranding();
  return (
    <article className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Privacy and your Social Security number</h1>
      <p>
        This notice explains what the {agencyName} collects through this portal, why, and how it is protected.
      </p>

      <section aria-labelledby="ssn-heading" className="space-y-3">
        <h2 id="ssn-heading" className="text-xl font-bold">
          Your Social Security number
        </h2>
        <h3 className="font-semibold">Why we ask</h3>
        <p>
          Federal law (42 U.S.C. § 666(a)(13)) requires state agencies to record the Social Security number of everyone who applies
          for or holds a professional licence, which includes educator certificates. Section 7 of the Privacy Act of 1974 asks us to
          tell you this whenever we ask for the number.
        </p>
        <h3 className="font-semibold">What we use it for</h3>
        <p>
          Only to match you to your educator record: when you register, the last four digits with your name and date of birth find
          your record, and the full number makes sure one person has one record and one account. We do not use it as your educator
          ID, we never show it on the public search, and we never sell it or share it for marketing.
        </p>
        <h3 className="font-semibold">How we protect it</h3>
        <ul className="list-disc space-y-2 pl-6">
          <li>It is encrypted before it is stored, with keys kept apart from the database.</li>
          <li>Searches use a one-way keyed fingerprint of the number, never the number itself.</li>
          <li>It is never written to our logs, never put in a web address, and never sent back to your browser.</li>
          <li>Pages show at most the last four digits, masked like ***-**-1234.</li>
        </ul>
      </section>

      <section aria-labelledby="other-heading" className="space-y-3">
        <h2 id="other-heading" className="text-xl font-bold">
          Other information we keep
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>Your name, former names and date of birth, to find and keep your record.</li>
          <li>Your email address, phone and mailing address, to reach you about your account and credentials.</li>
          <li>
            A record of sign-ins and security changes (time, device and network address), so you and we can spot misuse. You can see
            yours on your profile.
          </li>
        </ul>
      </section>

      <section aria-labelledby="public-heading" className="space-y-3">
        <h2 id="public-heading" className="text-xl font-bold">
          What the public can see
        </h2>
        <p>
          Educator credentials are public information. The public search shows your name, your educator ID and your credentials with
          their status and dates. It never shows your Social Security number, date of birth, addresses, phone or email.
        </p>
      </section>

      <section aria-labelledby="questions-heading" className="space-y-3">
        <h2 id="questions-heading" className="text-xl font-bold">
          Questions
        </h2>
        <p>
          Write to <a href={`mailto:${policyEmail}`}>{policyEmail}</a> or use the <Link href="/support">online support form</Link>.
          Never send your Social Security number by email.
        </p>
      </section>
    </article>
  );
}
