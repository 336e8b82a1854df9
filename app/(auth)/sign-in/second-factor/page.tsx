import type { Metadata } from "next";
import Link from "next/link";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { secondStepHolder } from "@/lib/auth/second-step-ticket";
import { secondFactorMessages } from "@/lib/second-factor/messages";
import { secondFactorAction } from "./actions";

export const metadata: Metadata = { title: "Enter your security code" };

/** The second step of a sign-in (MFA-7): reached only with this browser's live second-step ticket. */
export default async function SecondFactorPage() {
  const holder = await secondStepHolder();
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">Enter your security code</h1>
      {holder ? (
        <>
          <p>Your account is protected by a second step. Open your authenticator app and enter the code it shows for this portal.</p>
          <SecondFactorForm action={secondFactorAction} />
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
