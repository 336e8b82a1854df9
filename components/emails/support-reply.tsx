import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * Staff answered a support request. The reply (checked for SSN shapes before it is stored) goes in
 * full: a visitor without an account has no other way to read it. Account holders also get a link
 * to "My requests", where the whole thread is.
 */
export type SupportReplyProps = { name: string; reference: string; reply: string; requestsUrl: string | null };

export function SupportReply({ name, reference, reply, requestsUrl }: SupportReplyProps) {
  return (
    <EmailLayout preview={`We answered your support request ${reference}`}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>We answered your support request {reference}:</Text>
      <Text style={{ ...paragraph, whiteSpace: "pre-line", borderLeft: "4px solid #0b3d6b", paddingLeft: "12px" }}>{reply}</Text>
      {requestsUrl ? (
        <Text style={paragraph}>
          Read the whole conversation at <Link href={requestsUrl}>{requestsUrl}</Link>.
        </Text>
      ) : (
        <Text style={paragraph}>To answer, send a new support request and quote the reference {reference}.</Text>
      )}
      <Text style={paragraph}>Never send any part of your Social Security number by email.</Text>
    </EmailLayout>
  );
}

SupportReply.PreviewProps = {
  name: "Ada Lovelace",
  reference: "SR-7K3M-Q9TD",
  reply: "We have reset the lock on your account. You can sign in again.",
  requestsUrl: "http://localhost:3000/requests",
} satisfies SupportReplyProps;

export function supportReplyMessage(to: string, props: SupportReplyProps): OutgoingEmail {
  return { to, template: "support-reply", subject: `Reply to your support request ${props.reference}`, react: <SupportReply {...props} /> };
}

export default SupportReply;
