import type { Metadata } from "next";
import Link from "next/link";
import { RecoveryRequestForm } from "@/components/auth/recovery-request-form";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Forgot Password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">Forgot Password?</h1>
      <p>Enter your username or the email address of your account. We will email you a link to choose a new password.</p>
      <RecoveryRequestForm
        action={forgotPasswordAction}
        field={{ name: "identifier", label: "Username or email address", type: "text", autoComplete: "username" }}
        submitLabel="Email me a reset link"
        sentText="If an account matches, we have emailed a link to reset its password. The link works once, for 30 minutes."
      />
      <p>
        <Link href="/">Back to Sign In</Link>
      </p>
    </div>
  );
}
