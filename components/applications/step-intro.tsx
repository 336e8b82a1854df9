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
          <p>Upload each one below, then continue. Files are kept with your draft; you can remove one until you submit.</p>
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

const paymentMessages: Record<string, string> = {
  declined: "Your payment was declined, so your application has not been submitted. Nothing was charged. Your answers are saved: try again, or use another card.",
  abandoned: "You left the payment page before paying, so your application has not been submitted. Your answers are saved: pay when you are ready.",
  created: "We have not heard back from the payment provider yet. If you paid, your application is submitted as soon as they confirm; otherwise pay again.",
};

/** After the checkout sent the educator back without a payment: what happened, and that nothing is lost. */
export function PaymentOutcome({ outcome }: { outcome: string }) {
  const message = paymentMessages[outcome];
  if (!message) return null;
  return (
    <div role="alert" className="border-4 border-red-700 bg-white p-4">
      <h2 className="text-xl font-bold">Your application has not been submitted</h2>
      <p>{message}</p>
    </div>
  );
}
