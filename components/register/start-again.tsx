import Link from "next/link";
import { primaryLinkClass } from "@/components/ui/styles";
import type { ClaimProblem } from "@/lib/registration/claims";

const messages: Record<ClaimProblem, { title: string; body: string }> = {
  unknown: { title: "Please start again", body: "We could not find the search you chose a record from. Search for your account again to continue." },
  expired: { title: "Your search has expired", body: "For your security, a search result can only be used for 30 minutes. Search for your account again to continue." },
  used: { title: "This search has already been used", body: "An account has already been set up from this search. Sign in, or search for your account again." },
};

/** The clear "start again" page for a forged, expired or already used claim (REG-7). */
export function StartAgain({ problem }: { problem: ClaimProblem }) {
  const message = messages[problem];
  return (
    <section aria-labelledby="start-again-heading" className="max-w-prose space-y-4">
      <h1 id="start-again-heading" className="text-3xl font-bold text-brand-900">
        {message.title}
      </h1>
      <p>{message.body}</p>
      <p className="flex flex-wrap gap-4">
        <Link href="/register" className={primaryLinkClass}>
          Start again
        </Link>
        <Link href="/" className="inline-block min-h-11 py-2">
          Sign in
        </Link>
      </p>
    </section>
  );
}
