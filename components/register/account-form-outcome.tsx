import Link from "next/link";
import type { AccountFormOutcome as Outcome } from "@/lib/registration/form-outcomes";
import { StartAgain } from "./start-again";
import { primaryLinkClass } from "@/components/ui/styles";

/** What replaces the claim or create form when the account cannot be made (REG-5, REG-6). */
export function AccountFormOutcome({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === "claim-invalid") return <StartAgain problem="used" />;
  const text = {
    "ssn-in-use": {
      title: "We could not create an account with these details",
      body: "An account could not be created with the details you entered. If you may already have an account or an educator record, search for it again with your name, the last four digits of your Social Security number and your date of birth. If that does not find it, contact support and we will help.",
    },
    "already-claimed": {
      title: "This record already has an account",
      body: "Someone has just finished setting up an account for this record, and each person may have only one. If it was you, sign in. If it was not, contact support.",
    },
  }[outcome.kind];
  return (
    <section aria-labelledby="outcome-heading" role="alert" className="max-w-prose space-y-4">
      <h1 id="outcome-heading" className="text-3xl font-bold text-brand-900">
        {text.title}
      </h1>
      <p>{text.body}</p>
      <p className="flex flex-wrap gap-4">
        <Link href="/register" className={primaryLinkClass}>
          Search again
        </Link>
        <Link href="/" className="inline-block min-h-11 py-2">
          Sign in
        </Link>
        <Link href="/support?topic=registration" className="inline-block min-h-11 py-2">
          Contact support
        </Link>
      </p>
    </section>
  );
}
