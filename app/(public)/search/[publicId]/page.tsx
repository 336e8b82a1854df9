import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
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

/**
 * The record behind this request, looked up once for the page and its title together (React's
 * per-request cache), so the rate limit is charged once and the title never shows a name the limit
 * would have refused.
 */
const loadRecord = cache(async (raw: string) => {
  const publicId = normalizePublicId(raw);
  if (!publicId) return { kind: "not-found" } as const;
  // One address per record, so a filed printout's link always matches the page.
  if (publicId !== raw) return { kind: "moved", publicId } as const;
  const limit = await countPublicSearch((await requestFacts()).ip);
  if (!limit.allowed) return { kind: "limited", retryAfterSeconds: limit.retryAfterSeconds } as const;
  const profile = await findEducatorProfile(publicId);
  return profile ? ({ kind: "found", publicId, profile } as const) : ({ kind: "not-found" } as const);
});

/** "Sarah Mitchell: educator record", so tabs, bookmarks and printouts say whose record it is. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const record = await loadRecord(decodeURIComponent((await params).publicId));
  if (record.kind !== "found") return { title: "Educator record" };
  const { firstName, lastName, suffix } = record.profile.name;
  return { title: `${[firstName, lastName, suffix].filter(Boolean).join(" ")}: educator record` };
}

export default async function EducatorPublicPage({ params }: Props) {
  const record = await loadRecord(decodeURIComponent((await params).publicId));
  if (record.kind === "moved") redirect(`/search/${record.publicId}`);
  if (record.kind === "limited") redirect(tooManyRequestsPath("search", record.retryAfterSeconds));
  if (record.kind !== "found") notFound();
  const { publicId, profile } = record;
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
