import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * The support team's copy of a request from the online support form, or of the educator's later reply
 * in its thread on "My requests" (`reply`). Messages holding anything shaped like an SSN are refused,
 * so it is safe to mail. `account` is the signed-in username, if any; `consoleUrl` opens the request in
 * the staff console (built from APP_URL).
 */
export type SupportRequestNoticeProps = {
  reply?: boolean;
  consoleUrl?: string;
  reference: string;
  name: string;
  email: string;
  phone: string | null;
  topic: string;
  message: string;
  account: string | null;
};

export function SupportRequestNotice({ reply, consoleUrl, reference, name, email, phone, topic, message, account }: SupportRequestNoticeProps) {
  return (
    <EmailLayout preview={`${reply ? "Reply to support request" : "Support request"} ${reference}: ${topic}`}>
      <Text style={paragraph}>
        {reply ? "The educator replied in a support request's thread; the request is open again." : "A support request arrived through the online support form."}
      </Text>
      <Text style={paragraph}>
        Reference: {reference}
        <br />
        Topic: {topic}
        <br />
        Name: {name}
        <br />
        Email: {email}
        <br />
        Phone: {phone ?? "not given"}
        <br />
        Account: {account ?? "not signed in"}
      </Text>
      <Text style={{ ...paragraph, whiteSpace: "pre-wrap" }}>{message}</Text>
      {consoleUrl ? (
        <Text style={paragraph}>
          Open it in the staff console: <Link href={consoleUrl}>{consoleUrl}</Link>
        </Text>
      ) : null}
    </EmailLayout>
  );
}

SupportRequestNotice.PreviewProps = {
  reference: "SR-7K3M-Q9TD",
  name: "Ada Lovelace",
  email: "ada@example.org",
  phone: null,
  topic: "Signing in",
  message: "I cannot sign in.",
  account: null,
} satisfies SupportRequestNoticeProps;

export function supportRequestNoticeMessage(to: string, props: SupportRequestNoticeProps): OutgoingEmail {
  return {
    to,
    template: props.reply ? "support-reply-notice" : "support-request-notice",
    subject: `${props.reply ? "Reply to support request" : "Support request"} ${props.reference}: ${props.topic}`,
    react: <SupportRequestNotice {...props} />,
  };
}

export default SupportRequestNotice;
