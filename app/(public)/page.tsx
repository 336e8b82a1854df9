import Link from "next/link";
import { getBranding } from "@/lib/config/branding";

export default function HomePage() {
  const branding = getBranding();
  return (
    <div className="grid gap-8 md:grid-cols-[1fr_20rem]">
      <section aria-labelledby="welcome-heading" className="space-y-4">
        <h1 id="welcome-heading" className="text-3xl font-bold text-brand-900">
          {branding.portalName}
        </h1>
        <p className="max-w-prose text-lg">
          The {branding.agencyName}&rsquo;s portal for educators: find and claim your educator record, create your
          account, sign in, and see your credentials and notifications in one place.
        </p>
        <p className="max-w-prose">
          School and district staff, parents and the public can look up an educator&rsquo;s public licensure
          information here too.
        </p>
      </section>
      <aside aria-labelledby="help-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="help-heading" className="text-lg font-semibold text-brand-900">
          Need help?
        </h2>
        <p className="mt-2 text-sm">
          Use the <Link href="/support">Online Support Form</Link> or call {branding.supportPhone}.
        </p>
      </aside>
    </div>
  );
}
