import type { Metadata } from "next";
import Link from "next/link";
import { requestRemovalLinkAction } from "../removal-actions";

export const metadata: Metadata = { title: "Can't use your second factor?" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const answers: Record<string, string> = {
  sent: "We have emailed a link to the address on the account. It works for one hour.",
  throttled: "We have already sent several links in the last hour. Use the newest one, or try again later.",
  expired: "Your sign-in has expired. Sign in again with your username and password, then choose “Can't use your second factor?”.",
};

/** MFA-12: the way back in for someone who lost every passkey, authenticator app and recovery code. */
export default async function LostSecondFactorPage({ searchParams }: { searchParams: SearchParams }) {
  const sent = (await searchParams).sent;
  const answer = typeof sent === "string" ? answers[sent] : undefined;
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">Can&apos;t use your second factor?</h1>
      {answer ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3">
          {answer}
        </p>
      ) : (
        <>
          <p>If you lost every passkey, your authenticator app and all your recovery codes, you can remove two-step sign-in from your account:</p>
          <ol className="list-decimal space-y-2 pl-6">
            <li>We email a link to the address on your account.</li>
            <li>Using the link starts a 24-hour wait. We email the account to say two-step sign-in will be removed unless someone cancels.</li>
            <li>After the wait, sign in with your username and password. No code is needed, and you can set up two-step sign-in again.</li>
          </ol>
          <form action={requestRemovalLinkAction}>
            <button type="submit" className="min-h-11 bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
              Email me a link
            </button>
          </form>
        </>
      )}
      <p>
        <Link href="/sign-in/second-factor">Back to the security code</Link>
      </p>
    </div>
  );
}
