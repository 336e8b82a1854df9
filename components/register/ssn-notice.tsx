import Link from "next/link";

/**
 * "Why we ask", beside every field that asks for a Social Security number (the account search's last
 * four, the new account's full number). A notice the Privacy Act (section 7) expects whenever a
 * government agency asks for the number: under what authority, what it is used for, how it is kept.
 * Closed by default so the form stays short; /privacy says the same at length.
 */
export function SsnNotice({ agencyName }: { agencyName: string }) {
  return (
    <details className="mb-5 border-l-4 border-slate-300 pl-4 text-sm">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-800">Why we ask for your Social Security number</summary>
      <div className="space-y-2 pb-2">
        <p>
          <strong>Authority.</strong> Federal law (42 U.S.C. § 666(a)(13)) requires the {agencyName} to record the Social Security
          number of everyone who holds or applies for a professional licence, including educator certificates.
        </p>
        <p>
          <strong>Use.</strong> We use it only to match you to your educator record, so that no one else can claim your record and
          you do not end up with two. It is never shown on the public search, never used as your educator ID and never sold or shared
          for marketing.
        </p>
        <p>
          <strong>Protection.</strong> It is encrypted before it is stored, it is never written to our logs or sent back to this page,
          and only a few trained staff can see it.
        </p>
        <p>
          <Link href="/privacy">Read the full privacy notice</Link>
        </p>
      </div>
    </details>
  );
}
