import { MicrosoftLogo } from "@/components/ui/microsoft-logo";
import { startStaffMicrosoftSignInAction } from "@/app/staff/(entry)/microsoft/actions";
import { staffMicrosoftConfigured } from "@/lib/staff/microsoft/staff-microsoft-oidc";

/** Why a staff Microsoft sign-in came back to the sign-in page (`?error=microsoft-…`). */
const refusals: Record<string, string> = {
  "microsoft-tenant": "That Microsoft account is not from the agency's organisation. Sign in with your agency Microsoft account or your password.",
  "microsoft-unlinked":
    "No staff account is linked to that Microsoft account. Sign in with your password and authenticator, then choose “Link Microsoft” to use it next time.",
  "microsoft-failed": "Microsoft sign-in did not finish. Try again, or sign in with your password.",
  "microsoft-off": "Microsoft sign-in is not set up for staff. Sign in with your password.",
};

/**
 * "Sign in with Microsoft" for the staff sign-in page, shown only when STAFF_MICROSOFT_TENANT and the
 * app registration are configured; pass the page's `error` search parameter to explain a refusal.
 * Microsoft only replaces the password: the portal's second factor always follows.
 */
export function MicrosoftStaffButton({ error }: { error?: string | string[] }) {
  const refusal = typeof error === "string" && Object.hasOwn(refusals, error) ? refusals[error] : null;
  if (!staffMicrosoftConfigured() && !refusal) return null;
  return (
    <div className="space-y-3">
      {refusal ? (
        <p role="alert" className="border-l-4 border-red-700 bg-white p-3 font-semibold">
          {refusal}
        </p>
      ) : null}
      {staffMicrosoftConfigured() ? (
        <form action={startStaffMicrosoftSignInAction}>
          <button
            type="submit"
            className="flex min-h-11 w-full items-center justify-center gap-3 border-2 border-slate-600 bg-white px-4 py-2 text-lg font-semibold text-slate-900 hover:bg-slate-100"
          >
            <MicrosoftLogo />
            Sign in with Microsoft
          </button>
        </form>
      ) : null}
    </div>
  );
}
