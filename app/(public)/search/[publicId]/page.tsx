import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { EducatorProfileView } from "@/components/search/educator-profile-view";
import { getConfig } from "@/lib/platform/config/env";
import { normalizePublicId } from "@/lib/records/public-id";
import { findEducatorProfile } from "@/lib/search/educator-profile";
import { countPublicSearch } from "@/lib/search/rate-limits";
import { tooManyRequestsPath } from "@/lib/platform/security/too-many-requests";
import { verifiedAt } from "@/lib/search/verified-at";
import { requestFacts } from "@/lib/platform/request/request-facts";

type Props = { params: Promise<{ publicId: string }> };

export const metadata: Metadata = { title: "Educator record" };

export default async function EducatorPublicPage({ params }: Props) {
  const raw = decodeURIComponent((await params).publicId);
  const publicId = normalizePublicId(raw);
  if (!publicId) notFound();
  // One address per record, so a filed printout's link always matches the page.
  if (publicId !== raw) redirect(`/search/${publicId}`);
  const limit = await countPublicSearch((await requestFacts()).ip);
  if (!limit.allowed) redirect(tooManyRequestsPath("search", limit.retryAfterSeconds));
  const profile = await findEducatorProfile(publicId);
  if (!profile) notFound();
  const pageUrl = `${getConfig().APP_URL}/search/${publicId}`;
  return (
    <div className="space-y-6">
      <nav aria-label="Back" className="print:hidden">
        <Link href="/search">Back to Public Search</Link>
      </nav>
      <EducatorProfileView profile={profile} verification={{ ...verifiedAt(), pageUrl }} />
    </div>
  );
}
