import { signOutAction } from "@/lib/auth/sign-out";

/** The signed-in header's "Sign out": a form POST to a Server Action, never a link (NX-10, SES-4). */
export function SignOutForm({ className }: { className?: string }) {
  return (
    <form action={signOutAction} className={className}>
      <button type="submit" className="rounded border-2 border-white px-3 py-1 font-semibold text-white hover:bg-brand-700">
        Sign out
      </button>
    </form>
  );
}
