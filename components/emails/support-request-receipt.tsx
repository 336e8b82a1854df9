import { Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * The receipt sent to the address typed on the support form. It does not repeat the message: anyone
 * can type any address, and the form must not become a way to mail strangers arbitrary text.
 */
export type SupportRequestReceiptProps = { reference: string; name: string; topic: string };

export function SupportRequestReceipt({ reference, name, topic }: SupportRequestReceiptProps) {
  return (
    <EmailLayout preview={`We received your support request ${reference}`}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        We received your support request about &ldquo;{topic}&rdquo;. Your reference number is {reference}. Please
        quote it if you call or write to us about this request.
      </Text>
      <Text style={paragraph}>We will answer by email. Never send any part of your Social Security number by email.</Text>
      <Text style={paragraph}>If you did not send this request, you can ignore this email.</Text>
    </EmailLayout>
  );
}

SupportRequestReceipt.PreviewProps = { reference: "SR-7K3M-Q9TD", name: "Ada Lovelace", topic: "Signing in" } satisfies SupportRequestReceiptProps;

export const SUPPORT_RECEIPT_SUBJECT = "We received your support request";

export function supportRequestReceiptMessage(to: string, props: SupportRequestReceiptProps): OutgoingEmail {
  return {
    to,
    template: "support-request-receipt",
    subject: `${SUPPORT_RECEIPT_SUBJECT} ${props.reference}`,
    react: <SupportRequestReceipt {...props} />,
  };
}

export default SupportRequestReceipt;
