import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { removeAnnouncementAction } from "@/app/staff/(console)/announcements/actions";
import { AnnouncementForm } from "@/components/staff/announcements/announcement-form";
import { OneButtonForm } from "@/components/staff/one-button-form";
import { announcementForEdit } from "@/lib/staff/announcements/announcements";

export const metadata: Metadata = { title: "Edit announcement" };

type Props = { params: Promise<{ announcementId: string }> };

/** Edit or remove one announcement (role admin). */
export default async function EditAnnouncementPage({ params }: Props) {
  const existing = await announcementForEdit((await params).announcementId);
  if (!existing) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/staff/announcements">Back to announcements</Link>
      </p>
      <h1 className="text-3xl font-bold">Edit announcement</h1>
      <AnnouncementForm existing={existing} />
      <section aria-labelledby="remove-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="remove-heading" className="mb-2 text-xl font-bold">Remove</h2>
        <p className="mb-3">Removing takes the announcement off every dashboard at once. It cannot be undone.</p>
        <OneButtonForm action={removeAnnouncementAction} fields={{ announcementId: existing.announcementId }} label="Remove this announcement" pendingLabel="Removing…" done="Removed." />
      </section>
    </div>
  );
}
