import type { Metadata } from "next";
import Link from "next/link";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import { startRemovalWaitAction } from "../removal-actions";
import { DeadLinkNotice } from "@/components/ui/dead-link-notice";

export const metadata: Metadata = { title: "Remove two-step sign-in", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where the "remove two-step sign-in" email lands: a button that POSTs (MFA-12). */
export default async function RemovalPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const due = typeof params.due === "string" && /^\d+$/.test(params.due) ? new Date(Number(params.due)) : null;
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">Remove two-step sign-in</h1>
      {due ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3">
          The 24-hour wait has started. After {formatAgencyDateTime(due)}, sign in with your username and password: no code will be needed. We have emailed the account
          about it.
        </p>
      ) : token ? (
        <form action={startRemovalWaitAction} className="space-y-4">
          <input type="hidden" name="token" value={token} />
          <p>After a 24-hour wait, every passkey, authenticator app and recovery code will be removed from your account, unless someone cancels from the email we send.</p>
          <button type="submit" className="min-h-11 bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            Start the 24-hour wait
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
