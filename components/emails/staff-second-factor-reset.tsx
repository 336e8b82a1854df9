import { Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * An administrator removed a staff member's authenticator and recovery codes (staff recovery goes
 * through an administrator, issue 14 item 5): the next sign-in asks them to set up a new one.
 */
export type StaffSecondFactorResetProps = { name: string; when: string };

export function StaffSecondFactorReset({ name, when }: StaffSecondFactorResetProps) {
  return (
    <EmailLayout preview="Your staff authenticator was reset">
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        On {when} an administrator removed the authenticator app and recovery codes from your staff console account, and signed you out
        everywhere. The next time you sign in, you will set up your authenticator app again.
      </Text>
      <Text style={paragraph}>If you did not ask for this, tell the agency&apos;s technical support at once.</Text>
    </EmailLayout>
  );
}

StaffSecondFactorReset.PreviewProps = { name: "Rosa Reviewer", when: "December 1, 2026 at 9:04 AM EST" } satisfies StaffSecondFactorResetProps;

export function staffSecondFactorResetMessage(to: string, props: StaffSecondFactorResetProps): OutgoingEmail {
  return { to, template: "staff-second-factor-reset", subject: "Your staff authenticator was reset", react: <StaffSecondFactorReset {...props} /> };
}

export default StaffSecondFactorReset;
