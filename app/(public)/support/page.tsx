import type { Metadata } from "next";
import { SupportForm } from "@/components/support/support-form";
import { getBranding } from "@/lib/platform/config/branding";
import { supportPrefill } from "@/lib/support/prefill";
import { topicFromQuery } from "@/lib/support/support-form";

export const metadata: Metadata = { title: "Online Support Form" };

export default async function SupportPage({ searchParams }: { searchParams: Promise<{ topic?: string | string[] }> }) {
  const branding = getBranding();
  const [{ topic }, prefill] = await Promise.all([searchParams, supportPrefill()]);
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Online Support</h1>
      <section aria-labelledby="support-contacts-heading" className="space-y-3">
        <h2 id="support-contacts-heading" className="text-xl font-bold">
          Other ways to reach us
        </h2>
        <p>
          Call <a href={`tel:+1${branding.supportPhone.replace(/\D/g, "")}`}>{branding.supportPhone}</a> for help with
          your account.
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            Technical support: <a href={`mailto:${branding.technicalSupportEmail}`}>{branding.technicalSupportEmail}</a>
          </li>
          <li>
            Policy questions: <a href={`mailto:${branding.policyEmail}`}>{branding.policyEmail}</a>
          </li>
        </ul>
      </section>
      <p className="rounded border-l-4 border-accent-500 bg-white p-3">
        Never send any part of your Social Security number by email. Do not enter it in the form below either.
      </p>
      <section aria-labelledby="support-form-heading">
        <h2 id="support-form-heading" className="mb-4 text-xl font-bold">
          Send us a question
        </h2>
        <SupportForm
          signedIn={prefill.signedIn}
          defaults={{ name: prefill.name, email: prefill.email, topic: topicFromQuery(topic) }}
          supportPhone={branding.supportPhone}
        />
      </section>
    </div>
  );
}
