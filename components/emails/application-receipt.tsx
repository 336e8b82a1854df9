import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** Sent when an application is submitted: its reference and where to follow it. No answers are repeated. */
export type ApplicationReceiptProps = { name: string; reference: string; typeName: string; submitted: string; fee: string; applicationUrl: string };

export function ApplicationReceipt({ name, reference, typeName, submitted, fee, applicationUrl }: ApplicationReceiptProps) {
  return (
    <EmailLayout preview={`We received your application ${reference}`}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        We received your application for {typeName} on {submitted}. Your reference number is {reference}. Fee: {fee}.
      </Text>
      <Text style={paragraph}>
        Follow its progress, see what we are still waiting for and print your receipt at{" "}
        <Link href={applicationUrl}>{applicationUrl}</Link>.
      </Text>
      <Text style={paragraph}>If you did not apply, contact us at once.</Text>
    </EmailLayout>
  );
}

ApplicationReceipt.PreviewProps = {
  name: "Ada Lovelace",
  reference: "AP-7K3M-Q9TD",
  typeName: "Renew a certificate",
  submitted: "December 1, 2026",
  fee: "$50.00 paid",
  applicationUrl: "http://localhost:3000/applications/AP-7K3M-Q9TD",
} satisfies ApplicationReceiptProps;

export function applicationReceiptMessage(to: string, props: ApplicationReceiptProps): OutgoingEmail {
  return { to, template: "application-receipt", subject: `We received your application ${props.reference}`, react: <ApplicationReceipt {...props} /> };
}

export default ApplicationReceipt;
