import type { Metadata } from "next";
import Link from "next/link";
import { BulkForm } from "@/components/search/bulk-form";
import { bulkVerifyAction } from "./actions";

export const metadata: Metadata = { title: "Bulk verification" };

export default function BulkVerificationPage() {
  return (
    <div className="space-y-6">
      <nav aria-label="Back">
        <Link href="/search">Back to Public Search</Link>
      </nav>
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">Bulk verification</h1>
        <p>
          Upload a CSV file of certificate numbers or educator IDs to see the status of each. You can read the results here and
          download them as a CSV file. Rows that match nothing are listed so you can check them.
        </p>
        <p>Never include Social Security numbers or dates of birth in the file.</p>
      </div>
      <BulkForm action={bulkVerifyAction} />
    </div>
  );
}
