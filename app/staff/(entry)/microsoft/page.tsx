import type { Metadata } from "next";
import Link from "next/link";
import { myStaffMicrosoftLink } from "@/lib/staff/microsoft/my-microsoft-link";
import { startStaffMicrosoftLinkAction } from "./actions";

export const metadata: Metadata = { title: "Microsoft sign-in", robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const answers: Record<string, { alert: boolean; text: string }> = {
  linked: { alert: false, text: "Your Microsoft account is linked. Next time you can sign in with Microsoft, then your authenticator." },
  tenant: { alert: true, text: "That Microsoft account is not from the agency's organisation, so it was not linked." },
  taken: { alert: true, text: "That Microsoft account is already linked to another staff account. Ask an administrator." },
  off: { alert: true, text: "Microsoft sign-in is not set up for staff." },
};

/** "Link Microsoft" (issue 15 item 1): a signed-in staff member links their agency Microsoft account to their staff account. */
export default async function StaffMicrosoftPage({ searchParams }: { searchParams: SearchParams }) {
  const [link, params] = await Promise.all([myStaffMicrosoftLink(), searchParams]);
  const key = typeof params.notice === "string" ? params.notice : typeof params.error === "string" ? params.error : "";
  const answer = Object.hasOwn(answers, key) ? answers[key] : undefined;
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">Microsoft sign-in</h1>
      {answer ? (
        <p role={answer.alert ? "alert" : "status"} className={`border-l-4 bg-white p-3 ${answer.alert ? "border-red-700 font-semibold" : "border-green-700"}`}>
          {answer.text}
        </p>
      ) : null}
      {!link.configured ? (
        <p>Microsoft sign-in is not set up for staff. Sign in with your password and authenticator.</p>
      ) : link.linked ? (
        <p>Your staff account is linked to your agency Microsoft account. Signing in with Microsoft still asks for your authenticator.</p>
      ) : (
        <>
          <p>Link your agency Microsoft account to sign in with it instead of your password. Your authenticator is still asked for every time.</p>
          <form action={startStaffMicrosoftLinkAction}>
            <button type="submit" className="min-h-11 bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
              Link Microsoft
            </button>
          </form>
        </>
      )}
      <p>
        <Link href="/staff">Back to the staff console</Link>
      </p>
    </div>
  );
}
