import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * NOTIF-4: someone searched for this person's educator record at registration, but the record
 * already has this account. No SSN, date of birth or search details: only what happened and what
 * to do. Links are built from APP_URL by the caller (TOK-6).
 */
export type SomeoneSearchedYourRecordProps = { name: string; signInUrl: string; supportUrl: string };

export const SOMEONE_SEARCHED_SUBJECT = "Someone looked for your educator record";

export function SomeoneSearchedYourRecord({ name, signInUrl, supportUrl }: SomeoneSearchedYourRecordProps) {
  return (
    <EmailLayout preview="Someone tried to register with your educator record">
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        Someone searched for your educator record while registering for a new account. Your record already has an
        account, so no new account was created.
      </Text>
      <Text style={paragraph}>
        If this was you, you do not need another account: <Link href={signInUrl}>sign in</Link>, or use Forgot Username? or
        Forgot Password? on the sign-in page.
      </Text>
      <Text style={paragraph}>
        If this was not you, your account is still safe. If you are worried, contact us through the{" "}
        <Link href={supportUrl}>Online Support Form</Link>.
      </Text>
    </EmailLayout>
  );
}

SomeoneSearchedYourRecord.PreviewProps = {
  name: "Ada Lovelace",
  signInUrl: "http://localhost:3000/",
  supportUrl: "http://localhost:3000/support",
};

export function someoneSearchedYourRecordMessage(to: string, props: SomeoneSearchedYourRecordProps): OutgoingEmail {
  return { to, template: "someone-searched-your-record", subject: SOMEONE_SEARCHED_SUBJECT, react: <SomeoneSearchedYourRecord {...props} /> };
}

export default SomeoneSearchedYourRecord;
