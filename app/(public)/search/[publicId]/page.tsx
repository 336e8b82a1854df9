import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { EducatorProfileView } from "@/components/search/educator-profile-view";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { normalizePublicId } from "@/lib/records/public-id";
import { findEducatorProfile } from "@/lib/search/educator-profile";
import { countPublicSearch } from "@/lib/search/rate-limits";
import { tooManyRequestsPath } from "@/lib/platform/security/too-many-requests";
import { verifiedAt } from "@/lib/search/verified-at";
import { clientIpFrom } from "@/lib/platform/security/client-ip";

type Props = { params: Promise<{ publicId: string }> };

export const metadata: Metadata = { title: "Educator record" };

export default async function EducatorPublicPage({ params }: Props) {
  const raw = decodeURIComponent((await params).publicId);
  const publicId = normalizePublicId(raw);
  if (!publicId) notFound();
  // One address per record, so a filed printout's link always matches the page.
  if (publicId !== raw) redirect(`/search/${publicId}`);
  const limit = await countPublicSearch(clientIpFrom(await headers()));
  if (!limit.allowed) redirect(tooManyRequestsPath("search", limit.retryAfterSeconds));
  const profile = await findEducatorProfile(db, publicId);
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
