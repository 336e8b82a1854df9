import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MicrosoftSignInButton } from "@/components/auth/microsoft-sign-in-button";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/guards";
import { getBranding } from "@/lib/platform/config/branding";
import { noticeFor } from "@/lib/sign-in/notices";
import { safeRedirectPath } from "@/lib/sign-in/safe-redirect";

export const metadata: Metadata = { title: "Sign In" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The guide's first screen: the agency's header, the "Sign In" box, and the ways onward. */
export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  if (await currentUser()) redirect("/dashboard");
  const params = await searchParams;
  const branding = getBranding();
  const notice = noticeFor(params);
  const next = typeof params.next === "string" ? safeRedirectPath(params.next, "") : "";
  const phoneHref = `tel:+1${branding.supportPhone.replace(/\D/g, "")}`;
  return (
    <div className="mx-auto max-w-md space-y-6">
      {notice ? (
        <p role="status" className={`border-l-4 bg-white p-3 ${notice.tone === "success" ? "border-green-700" : "border-brand-600"}`}>
          {notice.text}
        </p>
      ) : null}
      <section aria-labelledby="sign-in-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 id="sign-in-heading" className="mb-4 text-2xl font-bold text-brand-900">
          Sign In
        </h1>
        <SignInForm next={next || undefined} />
        <p className="mt-4 text-center">
          {/* No prefetch: in a production build, Chromium never finished prefetching these two routes
              while they did not exist yet, which kept the page from ever going network-idle. */}
          Do not have an account?{" "}
          <Link href="/register" prefetch={false}>
            Register
          </Link>
        </p>
        <p className="my-3 text-center text-slate-600" aria-hidden="true">
          or
        </p>
        <MicrosoftSignInButton />
      </section>
      <div className="space-y-2 text-center">
        <p>
          <Link href="/support">Online Support Form</Link> <a href={phoneHref}>{branding.supportPhone}</a>
        </p>
        <p>
          Locating licensure information?{" "}
          <Link href="/search" prefetch={false}>
            Public Search
          </Link>
        </p>
      </div>
    </div>
  );
}
