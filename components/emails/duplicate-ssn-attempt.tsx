import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * REG-5 / NOTIF-4: someone tried to create a new account with this person's Social Security number.
 * The screen told them nothing; this email tells the record's owner. Never quotes the SSN.
 */
export type DuplicateSsnAttemptProps = { name: string; signInUrl: string; supportUrl: string };

export const DUPLICATE_SSN_SUBJECT = "Someone tried to create an account with your details";

export function DuplicateSsnAttempt({ name, signInUrl, supportUrl }: DuplicateSsnAttemptProps) {
  return (
    <EmailLayout preview="A new account could not be created with your details">
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        Someone tried to create a new account using the Social Security number on your educator record. Each person may
        have only one account, so no new account was created.
      </Text>
      <Text style={paragraph}>
        If this was you, <Link href={signInUrl}>sign in</Link> to your existing account, or use Forgot Username? or Forgot
        Password? on the sign-in page.
      </Text>
      <Text style={paragraph}>
        If this was not you, please tell us through the <Link href={supportUrl}>Online Support Form</Link>.
      </Text>
    </EmailLayout>
  );
}

DuplicateSsnAttempt.PreviewProps = { name: "Ada Lovelace", signInUrl: "http://localhost:3000/", supportUrl: "http://localhost:3000/support" };

export function duplicateSsnAttemptMessage(to: string, props: DuplicateSsnAttemptProps): OutgoingEmail {
  return { to, template: "duplicate-ssn-attempt", subject: DUPLICATE_SSN_SUBJECT, react: <DuplicateSsnAttempt {...props} /> };
}

export default DuplicateSsnAttempt;
