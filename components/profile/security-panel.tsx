import { signOutOtherSessionsAction } from "@/app/(dashboard)/profile/security-actions";
import { Panel } from "@/components/dashboard/panel";
import { SubmitButton } from "@/components/ui/submit-button";
import { mySecurityEvents } from "@/lib/profile/profile-data";
import { ChangePasswordForm } from "./change-password-form";
import { SecurityEvents } from "./security-events";
import { SecurityNotice } from "./security-notice";
import { TwoStepSection } from "./two-step-section";

const subheading = "mb-2 mt-6 text-lg font-bold text-brand-900 first:mt-0";

/** The profile's Security section: change password, two-step sign-in, sign out elsewhere, and the latest security events. */
export async function SecurityPanel() {
  const events = await mySecurityEvents();
  return (
    <Panel id="security" title="Security">
      <SecurityNotice />
      <h3 id="change-password" className={subheading}>
        Change password
      </h3>
      <ChangePasswordForm />
      <TwoStepSection />
      <h3 className={subheading}>Sign out of all other sessions</h3>
      <p className="mb-3">If you signed in on a shared or lost device, end every session except this one.</p>
      <form action={signOutOtherSessionsAction}>
        <SubmitButton variant="secondary" pendingLabel="Signing out other sessions…">
          Sign out of all other sessions
        </SubmitButton>
      </form>
      <h3 id="security-events-heading" className={subheading}>
        Recent security events
      </h3>
      <SecurityEvents events={events} />
    </Panel>
  );
}
