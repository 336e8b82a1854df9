import type { Metadata } from "next";
import Link from "next/link";
import { AnnouncementForm } from "@/components/staff/announcements/announcement-form";
import { requireStaff } from "@/lib/staff/guard";

export const metadata: Metadata = { title: "New announcement" };

/** A new announcement (role admin). */
export default async function NewAnnouncementPage() {
  await requireStaff("admin");
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/staff/announcements">Back to announcements</Link>
      </p>
      <h1 className="text-3xl font-bold">New announcement</h1>
      <AnnouncementForm />
    </div>
  );
}
