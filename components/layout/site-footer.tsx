import Link from "next/link";
import { getBranding } from "@/lib/platform/config/branding";
import { now } from "@/lib/platform/clock";

/** The guide's contact lines: online support form, phone, technical and policy addresses. */
export function SiteFooter() {
  const branding = getBranding();
  const phoneHref = `tel:+1${branding.supportPhone.replace(/\D/g, "")}`;
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white text-sm text-slate-700 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-3 px-4 py-6">
        <p>
          <Link href="/search">Public Search</Link>
          <span aria-hidden="true"> · </span>
          <Link href="/support">Online Support Form</Link>
          <span aria-hidden="true"> · </span>
          <a href={phoneHref}>{branding.supportPhone}</a>
        </p>
        <nav aria-label="About this site">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/help">Help and glossary</Link>
            </li>
            <li>
              <Link href="/privacy">Privacy</Link>
            </li>
            <li>
              <Link href="/accessibility">Accessibility</Link>
            </li>
          </ul>
        </nav>
        <p>
          For technical support, contact <a href={`mailto:${branding.technicalSupportEmail}`}>{branding.technicalSupportEmail}</a>
        </p>
        <p>
          For policy related questions, contact <a href={`mailto:${branding.policyEmail}`}>{branding.policyEmail}</a>
        </p>
        <p className="text-slate-600">
          © {now().getUTCFullYear()} {branding.copyrightHolder} • All rights reserved.
        </p>
      </div>
    </footer>
  );
}
