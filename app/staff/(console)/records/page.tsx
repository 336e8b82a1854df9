import type { Metadata } from "next";
import { RecordResults } from "@/components/staff/records/record-results";
import { RecordSearchForm } from "@/components/staff/records/record-search-form";
import { SsnSearchForm } from "@/components/staff/records/ssn-search-form";
import { searchRecordsForStaff } from "@/lib/staff/records/record-search";

export const metadata: Metadata = { title: "Educator records" };

/** Educator records (records or support): find by name, educator ID or certificate number, or by full SSN with a reason. */
export default async function StaffRecordsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const search = await searchRecordsForStaff(await searchParams);
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold">Educator records</h1>
      <section aria-labelledby="by-name-heading" className="space-y-4">
        <h2 id="by-name-heading" className="text-2xl font-bold">
          Find by name or number
        </h2>
        <RecordSearchForm values={search.parsed.values} errors={search.parsed.state === "invalid" ? search.parsed.errors : {}} />
        {search.parsed.state === "valid" ? <RecordResults rows={search.rows} total={search.total} /> : null}
      </section>
      <section aria-labelledby="by-ssn-heading" className="space-y-4 border-t border-slate-300 pt-8">
        <h2 id="by-ssn-heading" className="text-2xl font-bold">
          Find by Social Security number
        </h2>
        <p>Searching by full SSN is recorded in the audit log with your name and your reason. Results show the last four digits only.</p>
        <SsnSearchForm />
      </section>
    </div>
  );
}
