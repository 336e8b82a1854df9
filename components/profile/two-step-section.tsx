import { startAuthenticatorSetupAction } from "@/app/(dashboard)/profile/two-step-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatRecordDate } from "@/lib/platform/dates";
import { myTwoStep } from "@/lib/profile/second-factor-data";
import { PasskeySection } from "./passkey-section";
import { RenameMethodForm } from "./second-factor-method-forms";
import { ConfirmAuthenticatorForm, RemoveTwoStepForm, RenewRecoveryCodesForm } from "./two-step-forms";

const subheading = "mb-2 mt-6 text-lg font-bold text-brand-900";
const minorHeading = "mb-2 mt-4 font-bold text-brand-900";

/**
 * Two-step sign-in in the profile's Security section (issue 14): the authenticator app (off, being set
 * up with a QR code and the key to type, made on the server, or on), the recovery codes, and the
 * passkeys (passkey-section.tsx). The last factor stays where one is required (MFA-9).
 */
export async function TwoStepSection() {
  const status = await myTwoStep();
  const removable = !status.required || status.factorCount > 1;
  return (
    <>
      <h3 id="two-step" className={subheading}>
        Two-step sign-in
      </h3>
      {status.factorCount > 0 ? (
        <div className="mb-3 space-y-3">
          <p>
            On: after your password, we ask for your passkey or a code from your authenticator app. You have {status.unusedRecoveryCodes} unused recovery code
            {status.unusedRecoveryCodes === 1 ? "" : "s"}.
          </p>
          <RenewRecoveryCodesForm passwordNeeded={status.passwordNeeded} />
        </div>
      ) : null}
      <h4 className={minorHeading}>Authenticator app</h4>
      {status.enabledSince ? (
        <div className="space-y-3">
          <p>
            “{status.authenticatorName}”, on since {formatRecordDate(status.enabledSince)}.
          </p>
          <details>
            <summary className="cursor-pointer underline">Rename or remove the authenticator app</summary>
            <div className="mt-3 space-y-4">
              <RenameMethodForm methodId="authenticator" currentName={status.authenticatorName} />
              {removable ? (
                <RemoveTwoStepForm passwordNeeded={status.passwordNeeded} label={status.factorCount > 1 ? "Remove the authenticator app" : "Turn off two-step sign-in"} />
              ) : (
                <p>This portal requires two-step sign-in, so it cannot be turned off.</p>
              )}
            </div>
          </details>
        </div>
      ) : status.pending ? (
        <div className="space-y-3">
          <ol className="list-decimal space-y-2 pl-6">
            <li>Open an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator) and add an account.</li>
            <li>Scan this QR code, or type the key below into the app.</li>
            <li>Enter the 6-digit code the app shows.</li>
          </ol>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server; nothing to optimise */}
          <img src={status.pending.qrCode} alt="QR code for your authenticator app" width={200} height={200} className="border border-slate-300 bg-white" />
          <p>
            Key: <code data-testid="authenticator-key" className="break-all font-mono text-lg">{status.pending.secret.replace(/(.{4})/g, "$1 ").trim()}</code>
          </p>
          <ConfirmAuthenticatorForm passwordNeeded={status.passwordNeeded} />
        </div>
      ) : (
        <div className="space-y-3">
          <p>
            Protect your account with a code from an authenticator app as well as your password.
            {status.required ? " This portal requires it." : ""}
          </p>
          <form action={startAuthenticatorSetupAction}>
            <SubmitButton pendingLabel="Starting…">Set up an authenticator app</SubmitButton>
          </form>
        </div>
      )}
      <PasskeySection passwordNeeded={status.passwordNeeded} removable={removable} />
    </>
  );
}
