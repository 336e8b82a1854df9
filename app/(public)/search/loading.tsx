import { PageLoading } from "@/components/ui/page-loading";

// Also shown while an educator's page or the bulk check loads: the search is the section's name.
export default function SearchLoading() {
  return <PageLoading heading="Public Search" what="search results" />;
}
