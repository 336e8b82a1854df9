import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { pendingMicrosoftLink } from "@/lib/auth/microsoft-link";
import { linkWithPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Link your Microsoft account" };

/**
 * Where an unlinked Microsoft identity lands (AJS-7): nothing is created; the person signs in with a
 * username and password, or registers, and the identity is linked to that account.
 */
export default async function LinkMicrosoftPage() {
  const pending = await pendingMicrosoftLink();
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">No portal account is linked to this Microsoft account</h1>
      {pending ? (
        <>
          <p>
            You signed in to Microsoft{pending.displayEmail ? ` as ${pending.displayEmail}` : ""}. To use it here, sign in once with your
            username and password, or register; from then on &ldquo;Login with Microsoft&rdquo; takes you straight in.
          </p>
          <section aria-labelledby="link-sign-in" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <h2 id="link-sign-in" className="mb-4 text-xl font-bold">
              Sign in to link it
            </h2>
            <SignInForm action={linkWithPasswordAction} />
          </section>
          <p>
            Do not have an account? <Link href="/register">Register</Link>
          </p>
        </>
      ) : (
        <p role="alert" className="border-l-4 border-accent-500 bg-white p-3">
          This linking request has expired. <Link href="/">Go back to Sign In</Link> and choose &ldquo;Login with Microsoft&rdquo; again.
        </p>
      )}
    </div>
  );
}
