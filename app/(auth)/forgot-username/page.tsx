import type { Metadata } from "next";
import Link from "next/link";
import { RecoveryRequestForm } from "@/components/auth/recovery-request-form";
import { forgotUsernameAction } from "./actions";

export const metadata: Metadata = { title: "Forgot Username" };

export default function ForgotUsernamePage() {
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">Forgot Username?</h1>
      <p>Enter the email address of your account. We will email you every username that uses it.</p>
      <RecoveryRequestForm
        action={forgotUsernameAction}
        field={{ name: "email", label: "Email address", type: "email", autoComplete: "email" }}
        submitLabel="Email my username"
        sentText="If any account uses that email address, we have sent its username there. If none does, the email says so."
      />
      <p>
        <Link href="/">Back to Sign In</Link>
      </p>
    </div>
  );
}
