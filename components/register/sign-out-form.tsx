import { signOutAction } from "@/app/(dashboard)/actions";

/** "Sign out" as a POST form (NX-10): a link would let any page sign the person out. */
export function SignOutForm() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="min-h-11 border-2 border-white/80 px-3 py-1 font-semibold text-current hover:bg-white/10">
        Sign out
      </button>
    </form>
  );
}
