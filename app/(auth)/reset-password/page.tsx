import type { Metadata } from "next";
import { DeadLink, ResetPasswordForm } from "@/components/auth/reset-password-form";
import { readForcedChange } from "@/lib/recovery/forced-change-cookie";
import { resetLinkIsLive } from "@/lib/recovery/reset-password";

export const metadata: Metadata = { title: "Reset Password", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Opening the link only shows the form (nothing is used up on GET); the button POSTs. An emailed link
 * carries its token in the URL; PWD-4's forced change carries it in a cookie (forced-change-cookie.ts).
 */
export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : ((params.reason === "common" ? await readForcedChange() : undefined) ?? "");
  const live = token ? await resetLinkIsLive(token) : false;
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">Choose a new password</h1>
      {params.reason === "common" && live ? (
        <p role="status" className="border-l-4 border-brand-600 bg-white p-3">
          Your password appears in lists of common passwords that attackers try first. Choose a new one before you continue.
        </p>
      ) : null}
      {live ? <ResetPasswordForm token={token} /> : <DeadLink />}
    </div>
  );
}
