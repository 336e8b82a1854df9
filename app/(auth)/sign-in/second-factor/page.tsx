import type { Metadata } from "next";
import Link from "next/link";
import { PasskeyStep } from "@/components/auth/passkey-step";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { secondStepPage } from "@/lib/auth/second-step-page";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import { secondFactorMessages } from "@/lib/second-factor/messages";
import { secondFactorAction } from "./actions";

export const metadata: Metadata = { title: "Enter your security code" };

const subheading = "text-xl font-bold text-brand-900";

/**
 * The second step of a sign-in (MFA-7): reached only with this browser's live second-step ticket.
 * A passkey and a code are both offered where the account has both, the one used last here first.
 */
export default async function SecondFactorPage() {
  const page = await secondStepPage();
  const passkey = page?.passkey ? (
    <section key="passkey" aria-labelledby="use-passkey" className="space-y-3">
      <h2 id="use-passkey" className={subheading}>
        Use a passkey
      </h2>
      <p>Use the passkey or security key you added to your account.</p>
      <PasskeyStep />
    </section>
  ) : null;
  const code = (
    <section key="code" aria-labelledby="use-code" className="space-y-3">
      <h2 id="use-code" className={subheading}>
        {page?.passkey ? "Or enter a code" : "Enter a code"}
      </h2>
      <p>{page?.authenticator ? "Open your authenticator app and enter the code it shows for this portal, or one of your recovery codes." : "Enter one of your recovery codes."}</p>
      <SecondFactorForm action={secondFactorAction} hint={page?.authenticator ? undefined : "One of the recovery codes you saved when you added your passkey."} />
    </section>
  );
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Enter your security code</h1>
      {page ? (
        <>
          <p>Your account is protected by a second step.</p>
          {page.removalDue ? (
            <p role="status" className="border-l-4 border-accent-500 bg-white p-3">
              Two-step sign-in will be removed from this account on {formatAgencyDateTime(page.removalDue)}. Until then, it is still needed here.
            </p>
          ) : null}
          {page.passkeyFirst ? [passkey, code] : [code, passkey]}
          <p>
            <Link href="/sign-in/second-factor/lost">Can&apos;t use your second factor?</Link>
          </p>
        </>
      ) : (
        <p role="status">{secondFactorMessages.expired}</p>
      )}
      <p>
        <Link href="/">Back to Sign In</Link>
      </p>
    </div>
  );
}
