import Link from "next/link";
import { chooseRecordAction } from "@/app/(auth)/register/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AccountSearchOutcome as Outcome } from "@/lib/registration/form-outcomes";
import { primaryLinkClass } from "@/components/ui/styles";

/** The right-hand panel's answer to a search, in the guide's words. The heading takes focus when it appears. */
export function SearchOutcome({ outcome, headingRef }: { outcome: Outcome; headingRef: React.Ref<HTMLHeadingElement> }) {
  const heading = (text: string) => (
    <h2 ref={headingRef} tabIndex={-1} id="search-outcome-heading" className="text-xl font-semibold text-brand-900 focus:outline-none">
      {text}
    </h2>
  );
  switch (outcome.kind) {
    case "found":
      return (
        <div className="space-y-4">
          {heading("We found the following results")}
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Records matching your search</caption>
            <thead>
              <tr className="border-b-2 border-slate-700 text-sm uppercase">
                <th scope="col" className="py-2 pr-1 sm:pr-2">First</th>
                <th scope="col" className="py-2 pr-1 sm:pr-2">Last</th>
                <th scope="col" className="py-2 pr-1 sm:pr-2">Middle</th>
                <th scope="col" className="py-2"><span className="sr-only">Choose</span></th>
              </tr>
            </thead>
            <tbody>
              {outcome.rows.map((row) => (
                <tr key={row.claimToken} className="border-b border-slate-200 align-middle">
                  <td className="py-2 pr-1 sm:pr-2 break-words">{row.firstName}</td>
                  <td className="py-2 pr-1 sm:pr-2 break-words">{row.lastName}</td>
                  <td className="py-2 pr-1 sm:pr-2 break-words">{row.middleName ?? ""}</td>
                  <td className="py-2 text-right">
                    <form action={chooseRecordAction}>
                      <input type="hidden" name="claimToken" value={row.claimToken} />
                      <SubmitButton pendingLabel="Opening…" className="px-2 text-sm sm:whitespace-nowrap sm:px-3 sm:text-base">
                        This is me!
                      </SubmitButton>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "not-found":
      return (
        <div className="space-y-4">
          {heading("Existing account not found")}
          <p>We did not find any records matching that search criteria. Please create a new account.</p>
          <p>
            <Link href="/register/create" className={primaryLinkClass}>
              Create new account
            </Link>
          </p>
        </div>
      );
    case "already-registered":
      return (
        <div className="space-y-4">
          {heading("You already have an account")}
          <p>
            The record matching these details already has an account, and each person may have only one. Sign in to it, or
            recover your username or password.
          </p>
          <ul className="space-y-2">
            <li><Link href="/">Sign In</Link></li>
            <li><Link href="/forgot-username">Forgot Username?</Link></li>
            <li><Link href="/forgot-password">Forgot Password?</Link></li>
            <li><Link href="/support?topic=lost_email_access">I no longer have access to that email</Link></li>
          </ul>
        </div>
      );
  }
}
