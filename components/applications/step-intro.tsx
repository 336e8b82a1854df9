import Link from "next/link";
import { formatRecordDate } from "@/lib/platform/dates";
import { formatFee } from "@/lib/applications/status";
import type { WizardPage } from "@/lib/applications/wizard";

type Page = Extract<WizardPage, { kind: "page" }>;

/** What a step shows before its questions: the record's details, the documents, the fee. */
export function StepIntro({ page }: { page: Page }) {
  switch (page.step) {
    case "personal-details":
      return (
        <>
          <p>These details come from your educator record. The name on your application must be the name on your record.</p>
          <dl className="divide-y divide-slate-200 rounded border border-slate-200 bg-white px-4">
            <div className="grid gap-1 py-2 sm:grid-cols-3">
              <dt className="font-semibold">Legal name</dt>
              <dd className="sm:col-span-2">{page.person.fullName}</dd>
            </div>
            <div className="grid gap-1 py-2 sm:grid-cols-3">
              <dt className="font-semibold">Date of birth</dt>
              <dd className="sm:col-span-2">{formatRecordDate(page.person.dateOfBirth)}</dd>
            </div>
            <div className="grid gap-1 py-2 sm:grid-cols-3">
              <dt className="font-semibold">Email</dt>
              <dd className="break-words sm:col-span-2">{page.person.email}</dd>
            </div>
          </dl>
          <p>
            If your name has changed, <Link href="/profile#name-change-heading">request a name change</Link> first; your draft is kept meanwhile. To change your email
            address, <Link href="/profile">go to your profile</Link>.
          </p>
        </>
      );
    case "character":
      return <p>Answer every question. A &ldquo;yes&rdquo; does not by itself stop you getting a certificate, but you must explain it.</p>;
    case "documents":
      return (
        <>
          <p>For this application we need:</p>
          <ul className="list-disc pl-6">
            {page.type.requiredDocuments.length > 0 ? page.type.requiredDocuments.map((document) => <li key={document}>{document}</li>) : <li>No documents from you.</li>}
          </ul>
          <p className="border-l-4 border-brand-600 bg-white p-3">
            Uploading documents online is not available yet. Continue: after you submit, the application&rsquo;s checklist shows each document as
            waiting, and you can send it then.
          </p>
        </>
      );
    case "review":
      return <p>Check your answers before you sign. Use a &ldquo;Change&rdquo; link to correct one; you come back here afterwards.</p>;
    case "sign":
      return <p>Signing with your name and password has the same effect as signing a paper application.</p>;
    case "fee":
      return page.type.feeWaiver || page.type.feeCents === 0 ? (
        <p>{page.type.feeWaiver ?? "There is no fee for this application."} Submit your application now.</p>
      ) : (
        <p>
          The fee for this application is <strong>{formatFee(page.type.feeCents)}</strong>. You pay it on a secure payment page; we never see your card
          number. Your application is submitted once the payment is confirmed.
        </p>
      );
    default:
      return null;
  }
}
