import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * Sent to the NEW address of an email change: the change happens only when this link is used. The
 * link (built from APP_URL, TOK-6) opens a page whose button POSTs, so a mail scanner uses nothing up.
 */
export type EmailChangeConfirmProps = { username: string; confirmUrl: string };

export function EmailChangeConfirm({ username, confirmUrl }: EmailChangeConfirmProps) {
  return (
    <EmailLayout preview="Confirm your new email address">
      <Text style={paragraph}>You asked to use this email address for the account {username}.</Text>
      <Text style={paragraph}>
        To finish the change, <Link href={confirmUrl}>confirm your new email address</Link>. The link works once, for 24 hours.
      </Text>
      <Text style={paragraph}>If you did not ask for this, ignore this email: nothing changes until the link is used.</Text>
    </EmailLayout>
  );
}

EmailChangeConfirm.PreviewProps = { username: "mcaldwell", confirmUrl: "http://localhost:3000/confirm-email-change?token=preview" } satisfies EmailChangeConfirmProps;

export function emailChangeConfirmMessage(to: string, props: EmailChangeConfirmProps): OutgoingEmail {
  return { to, template: "email-change-confirm", subject: "Confirm your new email address", react: <EmailChangeConfirm {...props} /> };
}

export default EmailChangeConfirm;
