import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/search/print-button";
import { myApplication } from "@/lib/applications/applications-data";
import { formatFee, statusLabels } from "@/lib/applications/status";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import { getBranding } from "@/lib/platform/config/branding";

type Params = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Receipt for application ${(await params).reference}` };
}

/** A printable receipt: what was applied for, when, the reference and the fee; no answers, no personal numbers. */
export default async function ReceiptPage({ params }: Params) {
  const application = await myApplication((await params).reference);
  if (!application) notFound();
  const branding = getBranding();
  return (
    <div className="max-w-prose space-y-6">
      <p className="print:hidden">
        <Link href={`/applications/${application.reference}`}>Back to the application</Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">Application receipt</h1>
      <dl className="divide-y divide-slate-200 rounded border border-slate-200 bg-white px-4">
        {[
          ["Agency", branding.agencyName],
          ["Reference number", application.reference],
          ["Application", `${application.typeName}${application.formCode ? ` (${application.formCode})` : ""}`],
          ["Submitted", application.submittedAt ? formatAgencyDateTime(application.submittedAt) : "Not submitted"],
          ["Fee", application.feeCents > 0 ? `${formatFee(application.feeCents)} paid` : "No fee"],
          ["Status today", statusLabels[application.status]],
        ].map(([label, value]) => (
          <div key={label} className="grid gap-1 py-2 sm:grid-cols-3">
            <dt className="font-semibold">{label}</dt>
            <dd className="sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
      <p>Quote your reference number when you contact us about this application.</p>
      <div className="print:hidden">
        <PrintButton />
      </div>
    </div>
  );
}
