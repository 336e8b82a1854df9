import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/components/dashboard/panel";
import { formatRecordDate } from "@/lib/platform/dates";
import { ContactForm } from "@/components/profile/contact-form";
import { EmailChangePanel } from "@/components/profile/email-change-panel";
import { MicrosoftLinkPanel } from "@/components/profile/microsoft-link-panel";
import { NameChangeForm } from "@/components/profile/name-change-form";
import { SecurityPanel } from "@/components/profile/security-panel";
import { myProfile } from "@/lib/profile/profile-data";
import { EmailPreferencesForm } from "@/components/profile/email-preferences-form";
import { myEmailPreferences } from "@/lib/profile/email-preferences-data";
import { emailCategories } from "@/lib/profile/notification-preferences";

export const metadata: Metadata = { title: "Profile" };

const statusWords = { received: "Waiting for review", approved: "Approved", denied: "Not approved" } as const;

export default async function ProfilePage() {
  const [{ record, contact, nameChange }, emailPreferences] = await Promise.all([myProfile(), myEmailPreferences()]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Profile</h1>
      <Panel id="record" title="Your educator record">
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Name</dt>
          <dd>{record.fullName}</dd>
          <dt className="font-semibold">Date of birth</dt>
          <dd>{formatRecordDate(record.dateOfBirth)}</dd>
          <dt className="font-semibold">Social Security number</dt>
          <dd>{record.maskedSsn}</dd>
          <dt className="font-semibold">Educator ID</dt>
          <dd>
            {record.publicId}{" "}
            <Link href={`/search/${record.publicId}`} className="ml-2">
              See your public record
            </Link>
          </dd>
          <dt className="font-semibold">Username</dt>
          <dd>{record.username}</dd>
          <dt className="font-semibold">Email address</dt>
          <dd>{record.email}</dd>
        </dl>
        <p className="mt-3 text-sm text-slate-700">Your name, date of birth and SSN cannot be changed here. To correct your name, request a name change below.</p>
      </Panel>
      <Panel id="name-change" title="Request a name change">
        {nameChange ? (
          // A status region: right after a request is sent, this (not the form) is what appears.
          <p role="status" className="mb-4">
            Your request to change your name to <strong>{nameChange.name}</strong> ({formatRecordDate(nameChange.requestedAt)}):{" "}
            <strong>{statusWords[nameChange.status]}</strong>.
          </p>
        ) : null}
        {nameChange?.status === "received" ? null : <NameChangeForm />}
      </Panel>
      <EmailChangePanel />
      <MicrosoftLinkPanel />
      <Panel id="contact" title="Contact details">
        <ContactForm saved={contact} />
      </Panel>
      <Panel id="notification-preferences" title="Emails we send you">
        <p className="mb-4">
          Your notifications always appear on your dashboard. Emails about your account&rsquo;s security (a changed password, a new way
          to sign in) always go out. Choose which other emails you want.
        </p>
        <EmailPreferencesForm categories={emailCategories} saved={emailPreferences} />
      </Panel>
      <SecurityPanel />
    </div>
  );
}
