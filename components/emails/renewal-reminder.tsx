import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * A renewal reminder, 90, 30 and 7 days before a credential expires (lib/notifications/renewal-reminders.ts).
 * It names the certificate by type and number only: no date of birth, no SSN, nothing a forwarded
 * email would leak beyond what the public search shows.
 */
export type RenewalReminderProps = {
  name: string;
  credential: string;
  certificateNumber: string;
  expires: string;
  daysLeft: number;
  applyUrl: string;
  preferencesUrl: string;
};

export function renewalReminderSubject(daysLeft: number): string {
  return daysLeft <= 7 ? "Your certificate expires in a few days" : `Your certificate expires in ${daysLeft} days`;
}

export function RenewalReminder({ name, credential, certificateNumber, expires, daysLeft, applyUrl, preferencesUrl }: RenewalReminderProps) {
  const when = daysLeft === 0 ? "today" : daysLeft === 1 ? "tomorrow" : `in ${daysLeft} days`;
  return (
    <EmailLayout preview={`${credential} expires on ${expires}`}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        Your {credential}, certificate {certificateNumber}, expires on {expires} ({when}).
      </Text>
      <Text style={paragraph}>
        To keep it, apply to renew it before then: <Link href={applyUrl}>{applyUrl}</Link>
      </Text>
      <Text style={paragraph}>
        If you have already applied, you can ignore this email. You can turn off renewal reminders on your profile:{" "}
        <Link href={preferencesUrl}>{preferencesUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

RenewalReminder.PreviewProps = {
  name: "Sarah Mitchell",
  credential: "Professional Certificate for Teaching High School Grades 8-12 (Mathematics)",
  certificateNumber: "KY1234567",
  expires: "02/28/2027",
  daysLeft: 90,
  applyUrl: "http://localhost:3000/apply",
  preferencesUrl: "http://localhost:3000/profile#notification-preferences",
} satisfies RenewalReminderProps;

export function renewalReminderMessage(to: string, props: RenewalReminderProps): OutgoingEmail {
  return { to, template: "renewal-reminder", subject: renewalReminderSubject(props.daysLeft), react: <RenewalReminder {...props} /> };
}

export default RenewalReminder;
