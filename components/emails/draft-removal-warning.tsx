import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** 14 days before an untouched draft is removed (drafts are kept 90 days after their last save). */
export type DraftRemovalWarningProps = { name: string; typeName: string; removalDate: string; continueUrl: string };

export function DraftRemovalWarning({ name, typeName, removalDate, continueUrl }: DraftRemovalWarningProps) {
  return (
    <EmailLayout preview={`Your draft application will be removed on ${removalDate}`}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        You started an application for {typeName} but have not worked on it for a while. We keep drafts for 90 days after
        they were last saved, so it will be removed on {removalDate}.
      </Text>
      <Text style={paragraph}>
        To keep it, continue your application: <Link href={continueUrl}>{continueUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

DraftRemovalWarning.PreviewProps = {
  name: "Ada Lovelace",
  typeName: "Initial certification",
  removalDate: "December 15, 2026",
  continueUrl: "http://localhost:3000/apply/initial/education",
} satisfies DraftRemovalWarningProps;

export function draftRemovalWarningMessage(to: string, props: DraftRemovalWarningProps): OutgoingEmail {
  return { to, template: "draft-removal-warning", subject: `Your draft application will be removed on ${props.removalDate}`, react: <DraftRemovalWarning {...props} /> };
}

export default DraftRemovalWarning;
