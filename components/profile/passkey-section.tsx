import { formatRecordDate } from "@/lib/platform/dates";
import { myPasskeys } from "@/lib/profile/passkeys-data";
import { AddPasskeyForm } from "./add-passkey-form";
import { RemovePasskeyForm, RenameMethodForm } from "./second-factor-method-forms";

const subheading = "mb-2 mt-6 text-lg font-bold text-brand-900";

/**
 * Passkeys and security keys on the Security section (issue 14): each with its name, when it was
 * added and last used, a rename and a remove form (in a disclosure, to keep the list short), and
 * "Add a passkey" below. The WebAuthn call is the only part that runs in the browser.
 */
export async function PasskeySection({ passwordNeeded, removable }: { passwordNeeded: boolean; removable: boolean }) {
  const passkeys = await myPasskeys();
  return (
    <>
      <h3 id="passkeys" className={subheading}>
        Passkeys and security keys
      </h3>
      <p className="mb-3">A passkey signs you in with your fingerprint, face, screen lock or a security key, instead of a code.</p>
      {passkeys.length > 0 ? (
        <ul aria-labelledby="passkeys" className="mb-4 space-y-3">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="border border-slate-300 bg-white p-3">
              <p className="font-semibold">{passkey.name}</p>
              <p className="text-sm text-slate-700">
                Added {formatRecordDate(passkey.createdAt)}. {passkey.lastUsedAt ? `Last used ${formatRecordDate(passkey.lastUsedAt)}.` : "Not used yet."}
              </p>
              <details className="mt-2">
                <summary className="cursor-pointer underline">Rename or remove “{passkey.name}”</summary>
                <div className="mt-3 space-y-4">
                  <RenameMethodForm methodId={passkey.id} currentName={passkey.name} />
                  {removable ? (
                    <RemovePasskeyForm passkeyId={passkey.id} name={passkey.name} passwordNeeded={passwordNeeded} />
                  ) : (
                    <p>This portal requires two-step sign-in, so your last passkey cannot be removed. Add another way first.</p>
                  )}
                </div>
              </details>
            </li>
          ))}
        </ul>
      ) : null}
      <AddPasskeyForm passwordNeeded={passwordNeeded} />
    </>
  );
}
