import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * The registration guide's confirmation email: "Please confirm your account by clicking this link:
 * here", sent from EMAIL_FROM. `confirmUrl` must be built from APP_URL (TOK-6); it leads to a page
 * with a button that POSTs, so a mail scanner opening the link does not use the token up.
 * Copy this file for new templates: a plain component taking props, plus a message builder.
 */
export type EmailConfirmationProps = { name: string; confirmUrl: string };

export const EMAIL_CONFIRMATION_SUBJECT = "Confirm your email address";

export function EmailConfirmation({ name, confirmUrl }: EmailConfirmationProps) {
  return (
    <EmailLayout preview="Please confirm your account">
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        Please confirm your account by clicking this link: <Link href={confirmUrl}>here</Link>
      </Text>
      <Text style={paragraph}>If you did not create an account, you can ignore this email.</Text>
    </EmailLayout>
  );
}

EmailConfirmation.PreviewProps = { name: "Ada Lovelace", confirmUrl: "http://localhost:3000/confirm-email?token=preview" };

/** The outbox message: `enqueueEmail(tx, emailConfirmationMessage(address, { name, confirmUrl }))`. */
export function emailConfirmationMessage(to: string, props: EmailConfirmationProps): OutgoingEmail {
  return { to, template: "email-confirmation", subject: EMAIL_CONFIRMATION_SUBJECT, react: <EmailConfirmation {...props} /> };
}

export default EmailConfirmation;
