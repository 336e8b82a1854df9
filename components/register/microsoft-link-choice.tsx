import { Checkbox } from "@/components/ui/checkbox";

/**
 * A Microsoft identity is waiting in this browser (someone signed in with Microsoft here and found no
 * portal account). It is linked to the new account only if this box is ticked (issue 11 item 6): on a
 * shared computer it may be someone else's, so it is shown by its address and never linked by default.
 */
export function MicrosoftLinkChoice({ microsoftAccount, checked }: { microsoftAccount: string | null; checked: boolean }) {
  const named = microsoftAccount ?? "you signed in with on this computer";
  return (
    <fieldset className="mb-2 mt-2">
      <legend className="mb-2 text-xl font-semibold text-brand-900">Microsoft account</legend>
      <Checkbox
        name="linkMicrosoft"
        label={`Also link the Microsoft account ${named}`}
        defaultChecked={checked}
        hint="Tick this only if that Microsoft account is yours. You can then sign in with it too. Leave it unticked on a shared computer if it is someone else's."
      />
    </fieldset>
  );
}
