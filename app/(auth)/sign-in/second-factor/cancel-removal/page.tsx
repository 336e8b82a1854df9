import type { Metadata } from "next";
import Link from "next/link";
import { cancelRemovalAction } from "../removal-actions";
import { DeadLinkNotice } from "@/components/ui/dead-link-notice";

export const metadata: Metadata = { title: "Cancel the removal of two-step sign-in", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The warning email's "This wasn't me" link: a button that POSTs and ends the wait (MFA-12). */
export default async function CancelRemovalPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">Cancel the removal of two-step sign-in</h1>
      {params.cancelled ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3">
          Cancelled: two-step sign-in stays on. Someone may know your password: <Link href="/forgot-password">reset it now</Link>.
        </p>
      ) : token ? (
        <form action={cancelRemovalAction} className="space-y-4">
          <input type="hidden" name="token" value={token} />
          <p>Keep every passkey, authenticator app and recovery code on your account.</p>
          <button type="submit" className="min-h-11 bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            Cancel the removal
          </button>
        </form>
      ) : (
        <DeadLinkNotice />
      )}
      <p>
        <Link href="/">Back to Sign In</Link>
      </p>
    </div>
  );
}
