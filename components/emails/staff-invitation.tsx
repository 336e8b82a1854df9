import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * The staff enrolment link (issue 15 item 1): sent when an administrator (or `npm run staff:add`)
 * adds a staff member, and again on "Send a new enrolment link". The link opens a page with a
 * button, so a mail scanner that follows it uses nothing up.
 */
export type StaffInvitationProps = { name: string; roles: string[]; enrolUrl: string; hours: number };

export function StaffInvitation({ name, roles, enrolUrl, hours }: StaffInvitationProps) {
  return (
    <EmailLayout preview="Set up your staff console account">
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        You have a staff console account{roles.length > 0 ? ` with the roles: ${roles.join(", ")}` : ""}. To choose your password and set up
        your authenticator app, open this link within {hours} hours: <Link href={enrolUrl}>Set up your staff account</Link>
      </Text>
      <Text style={paragraph}>
        The link works once. If you did not expect it, do not open it, and tell the agency&apos;s technical support.
      </Text>
    </EmailLayout>
  );
}

StaffInvitation.PreviewProps = {
  name: "Rosa Reviewer",
  roles: ["Reviewer"],
  enrolUrl: "http://localhost:3000/staff/invitation?token=preview",
  hours: 72,
} satisfies StaffInvitationProps;

export function staffInvitationMessage(to: string, props: StaffInvitationProps): OutgoingEmail {
  return { to, template: "staff-invitation", subject: "Set up your staff console account", react: <StaffInvitation {...props} /> };
}

export default StaffInvitation;
