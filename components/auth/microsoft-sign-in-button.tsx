import { microsoftSignInAction } from "@/app/(public)/actions";
import { MicrosoftLogo } from "@/components/ui/microsoft-logo";

/**
 * "Login with Microsoft": a plain form POST (no JavaScript). Where Microsoft sign-in is not set up the
 * action comes back to the home page with an explanation instead of failing.
 */
export function MicrosoftSignInButton() {
  return (
    <form action={microsoftSignInAction}>
      <button
        type="submit"
        className="flex w-full items-center justify-center gap-3 rounded border-2 border-slate-600 bg-white px-4 py-2 text-lg font-semibold text-slate-900 hover:bg-slate-100"
      >
        <MicrosoftLogo />
        Login with Microsoft
      </button>
    </form>
  );
}
