import type { Metadata } from "next";
import Link from "next/link";
import { unlockAction } from "./actions";
import { DeadLinkNotice } from "@/components/ui/dead-link-notice";

export const metadata: Metadata = { title: "Unlock Account", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where the "your account is locked" email lands: a button that POSTs, so scanners cannot use the link. */
export default async function UnlockPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">Unlock your account</h1>
      {token ? (
        <form action={unlockAction} className="space-y-4">
          <input type="hidden" name="token" value={token} />
          <p>Your account was locked after too many failed sign-ins. Unlock it, then sign in with your username and password.</p>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Unlock my account
          </button>
        </form>
      ) : (
        <DeadLinkNotice>
          You can still <Link href="/forgot-password">reset your password</Link>, which unlocks the account too.
        </DeadLinkNotice>
      )}
    </div>
  );
}
