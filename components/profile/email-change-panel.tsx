import { Panel } from "@/components/dashboard/panel";
import { myEmailChange } from "@/lib/profile/sign-in-details-data";
import { EmailChangeForm } from "./email-change-form";

/** The profile's email section: the address in use, a change waiting for its link, and the change form. */
export async function EmailChangePanel() {
  const { email, pendingEmail, passwordNeeded } = await myEmailChange();
  return (
    <Panel id="email" title="Email address">
      <p className="mb-3">
        We send messages about your account to <strong className="wrap-anywhere">{email}</strong>.
      </p>
      {pendingEmail ? (
        <p className="mb-4 border-l-4 border-brand-700 bg-white p-3">
          Pending confirmation to <strong className="wrap-anywhere">{pendingEmail}</strong>: use the link we sent to that address to finish the change.
        </p>
      ) : null}
      <EmailChangeForm passwordNeeded={passwordNeeded} />
    </Panel>
  );
}
