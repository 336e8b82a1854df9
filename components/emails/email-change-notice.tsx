import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * Sent to the OLD address (NOTIF-3): when a change to another address is asked for, and again when it
 * takes effect, each with a "this wasn't me" path (reset the password, then the support form).
 */
export type EmailChangeNoticeProps = { stage: "requested" | "changed"; username: string; newEmail: string; resetUrl: string; supportUrl: string };

const subjects = { requested: "A change of your email address was requested", changed: "Your email address was changed" } as const;

export function EmailChangeNotice({ stage, username, newEmail, resetUrl, supportUrl }: EmailChangeNoticeProps) {
  return (
    <EmailLayout preview={subjects[stage]}>
      {stage === "requested" ? (
        <Text style={paragraph}>
          Someone signed in to the account {username} asked to change its email address to {newEmail}. The change happens only if the link
          we sent to that address is used within 24 hours.
        </Text>
      ) : (
        <Text style={paragraph}>
          The email address of the account {username} was changed to {newEmail}. We will not send account emails to this address any more.
        </Text>
      )}
      <Text style={paragraph}>
        <strong>This wasn&apos;t me:</strong> <Link href={resetUrl}>reset your password now</Link> and tell us through the{" "}
        <Link href={supportUrl}>Online Support Form</Link> (choose &ldquo;I no longer have access to my email&rdquo; if you cannot sign in).
      </Text>
      <Text style={paragraph}>If you made this change, there is nothing more to do.</Text>
    </EmailLayout>
  );
}

EmailChangeNotice.PreviewProps = {
  stage: "requested",
  username: "mcaldwell",
  newEmail: "m.caldwell@new.example",
  resetUrl: "http://localhost:3000/forgot-password",
  supportUrl: "http://localhost:3000/support",
} satisfies EmailChangeNoticeProps;

export function emailChangeNoticeMessage(to: string, props: EmailChangeNoticeProps): OutgoingEmail {
  return { to, template: "email-change-notice", subject: subjects[props.stage], react: <EmailChangeNotice {...props} /> };
}

export default EmailChangeNotice;
