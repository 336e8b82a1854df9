import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** NOTIF-1: the password of this account changed, with a "this wasn't me" path. */
export type PasswordChangedProps = {
  username: string;
  when: string;
  resetUrl: string;
  supportUrl: string;
  /** A change made on the profile keeps the session that made it (a reset keeps none). */
  thisDeviceKept?: boolean;
};

export function PasswordChanged({ username, when, resetUrl, supportUrl, thisDeviceKept = false }: PasswordChangedProps) {
  return (
    <EmailLayout preview="Your password was changed">
      <Text style={paragraph}>
        The password of the account {username} was changed on {when}.{" "}
        {thisDeviceKept ? "Every device signed in to it has been signed out, except the one the change was made on." : "Every device signed in to it has been signed out."}
      </Text>
      <Text style={paragraph}>
        <strong>This wasn&apos;t me:</strong> <Link href={resetUrl}>reset your password now</Link> and tell us through the{" "}
        <Link href={supportUrl}>Online Support Form</Link>.
      </Text>
      <Text style={paragraph}>If you made this change, there is nothing more to do.</Text>
    </EmailLayout>
  );
}

PasswordChanged.PreviewProps = {
  username: "mcaldwell",
  when: "November 29, 2026 at 3:04 AM UTC",
  resetUrl: "http://localhost:3000/forgot-password",
  supportUrl: "http://localhost:3000/support",
} satisfies PasswordChangedProps;

export function passwordChangedMessage(to: string, props: PasswordChangedProps): OutgoingEmail {
  return { to, template: "password-changed", subject: "Your password was changed", react: <PasswordChanged {...props} /> };
}

export default PasswordChanged;
