import Link from "next/link";

/**
 * The dashboard's confirmation after registering with "Also link the Microsoft account …" ticked
 * (issue 11 item 6): which Microsoft account now signs in here, that an email says so too (NOTIF-3),
 * and where to undo it if it was not the person's own.
 */
export function MicrosoftLinkedNotice({ microsoftAccount }: { microsoftAccount: string | null }) {
  return (
    <section role="status" aria-labelledby="microsoft-linked-heading" className="border-l-8 border-brand-700 bg-white p-4">
      <h2 id="microsoft-linked-heading" className="text-lg font-semibold">
        Microsoft account linked
      </h2>
      <p className="mt-1">
        The Microsoft account {microsoftAccount ?? "you signed in with"} can now sign in to this account. We have sent you an email about it.
      </p>
      <p className="mt-1">
        Not your Microsoft account? <Link href="/profile#microsoft">Unlink it on your profile</Link>.
      </p>
    </section>
  );
}
