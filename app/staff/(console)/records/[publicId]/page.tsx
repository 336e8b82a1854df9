import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountPanel } from "@/components/staff/records/account-panel";
import { RecordSummary, recordName, Section } from "@/components/staff/records/record-summary";
import { RecordsPanel } from "@/components/staff/records/records-panel";
import { RevealSsnButton } from "@/components/staff/records/reveal-ssn-button";
import { formatRecordDate } from "@/lib/platform/dates";
import { fullName } from "@/lib/search/format";
import { requireStaff } from "@/lib/staff/guard";
import { staffRecordView } from "@/lib/staff/records/record-view";

export const metadata: Metadata = { title: "Educator record" };

/** One educator's record (records or support); the actions shown follow the staff member's roles, and each checks again. */
export default async function StaffRecordPage({ params }: { params: Promise<{ publicId: string }> }) {
  const actor = await requireStaff("records", "support");
  const record = await staffRecordView((await params).publicId);
  if (!record) notFound();
  const records = actor.roles.includes("records");
  const former = record.names.filter((name) => name.kind === "former");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/staff/records">Back to educator records</Link>
      </p>
      <h1 className="text-3xl font-bold break-words">{recordName(record)}</h1>
      <Section title="Record" id="record-heading">
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Educator ID</dt>
          <dd className="mb-2 sm:mb-0">{record.publicId}</dd>
          <dt className="font-semibold">Former names</dt>
          <dd className="mb-2 sm:mb-0">{former.length > 0 ? former.map(fullName).join("; ") : "None"}</dd>
          <dt className="font-semibold">Date of birth</dt>
          <dd className="mb-2 sm:mb-0">{formatRecordDate(record.dateOfBirth)}</dd>
          <dt className="font-semibold">Social Security number</dt>
          <dd className="mb-2 sm:mb-0">{records ? <RevealSsnButton publicId={record.publicId} masked={record.maskedSsn} /> : <span className="font-mono whitespace-nowrap">{record.maskedSsn}</span>}</dd>
        </dl>
      </Section>
      <RecordSummary record={record} />
      <AccountPanel record={record} roles={actor.roles} />
      {records ? <RecordsPanel publicId={record.publicId} /> : null}
    </div>
  );
}
