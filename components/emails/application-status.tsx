import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** Every later status change of an application (in review, information requested, decided, withdrawn). */
export type ApplicationStatusProps = { name: string; reference: string; typeName: string; status: string; detail: string; applicationUrl: string };

export function ApplicationStatus({ name, reference, typeName, status, detail, applicationUrl }: ApplicationStatusProps) {
  return (
    <EmailLayout preview={`Your application ${reference}: ${status}`}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        Your application for {typeName} ({reference}) is now: {status}.
      </Text>
      <Text style={paragraph}>{detail}</Text>
      <Text style={paragraph}>
        See the details at <Link href={applicationUrl}>{applicationUrl}</Link>.
      </Text>
    </EmailLayout>
  );
}

ApplicationStatus.PreviewProps = {
  name: "Ada Lovelace",
  reference: "AP-7K3M-Q9TD",
  typeName: "Renew a certificate",
  status: "Information requested",
  detail: "We need more information from you. Sign in to answer.",
  applicationUrl: "http://localhost:3000/applications/AP-7K3M-Q9TD",
} satisfies ApplicationStatusProps;

export function applicationStatusMessage(to: string, props: ApplicationStatusProps): OutgoingEmail {
  return { to, template: "application-status", subject: `Your application ${props.reference}: ${props.status}`, react: <ApplicationStatus {...props} /> };
}

export default ApplicationStatus;
