import { microsoftSignInAction } from "@/app/(public)/actions";

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
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 21 21">
          <rect x="1" y="1" width="9" height="9" fill="#f25022" />
          <rect x="11" y="1" width="9" height="9" fill="#7fba00" />
          <rect x="1" y="11" width="9" height="9" fill="#00a4ef" />
          <rect x="11" y="11" width="9" height="9" fill="#ffb900" />
        </svg>
        Login with Microsoft
      </button>
    </form>
  );
}
