import type { Metadata } from "next";
import { getBranding } from "@/lib/config/branding";

export const metadata: Metadata = { title: "Support" };

export default function SupportPage() {
  const branding = getBranding();
  return (
    <section aria-labelledby="support-heading" className="max-w-prose space-y-4">
      <h1 id="support-heading" className="text-3xl font-bold text-brand-900">
        Online Support
      </h1>
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
      <p className="rounded border-l-4 border-accent-500 bg-white p-3">
        Never send any part of your Social Security number by email.
      </p>
    </section>
  );
}
