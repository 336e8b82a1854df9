import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ResultsSection } from "@/components/search/results-section";
import { SearchForm } from "@/components/search/search-form";
import { countPublicSearch } from "@/lib/search/rate-limits";
import { tooManyRequestsPath } from "@/lib/platform/security/too-many-requests";
import { cachedPublicSearch } from "@/lib/search/search-cache";
import { getBranding } from "@/lib/platform/config/branding";
import { parseSearchParams } from "@/lib/search/search-input";
import { requestFacts } from "@/lib/platform/request/request-facts";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseSearchParams(await searchParams);
  const title = parsed.state === "invalid" ? "Error: Public Search" : parsed.state === "valid" ? "Public Search results" : "Public Search";
  return { title };
}

export default async function PublicSearchPage({ searchParams }: Props) {
  const parsed = parseSearchParams(await searchParams);
  let results;
  if (parsed.state === "valid") {
    const limit = await countPublicSearch((await requestFacts()).ip);
    if (!limit.allowed) redirect(tooManyRequestsPath("search", limit.retryAfterSeconds));
    results = await cachedPublicSearch(parsed.query);
  }
  return (
    <div className="space-y-6">
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">Public Search</h1>
        <p>
          Check whether an educator holds a valid {getBranding().stateName} credential. Search by last name (current or former), or by
          certificate number or educator ID.
        </p>
        <p className="print:hidden">
          Checking a list of staff? Use <Link href="/search/bulk">bulk verification</Link> to upload up to 500
          certificate numbers or educator IDs.
        </p>
      </div>
      <SearchForm values={parsed.values} errors={parsed.state === "invalid" ? parsed.errors : undefined} />
      {results ? <ResultsSection results={results} values={parsed.values} /> : null}
    </div>
  );
}
