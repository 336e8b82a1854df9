import { Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * The support team's copy of a request from the online support form. The message was refused if it
 * held anything shaped like an SSN, so it is safe to mail. `account` is the signed-in username, if any.
 */
export type SupportRequestNoticeProps = {
  reference: string;
  name: string;
  email: string;
  phone: string | null;
  topic: string;
  message: string;
  account: string | null;
};

export function SupportRequestNotice({ reference, name, email, phone, topic, message, account }: SupportRequestNoticeProps) {
  return (
    <EmailLayout preview={`Support request ${reference}: ${topic}`}>
      <Text style={paragraph}>A support request arrived through the online support form.</Text>
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
    template: "support-request-notice",
    subject: `Support request ${props.reference}: ${props.topic}`,
    react: <SupportRequestNotice {...props} />,
  };
}

export default SupportRequestNotice;
