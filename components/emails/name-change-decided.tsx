import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** A reviewer approved or denied a name change request; the staff member's message, if any, goes along. */
export type NameChangeDecidedProps = { name: string; approved: boolean; newName: string; message: string | null; requestsUrl: string };

export function NameChangeDecided({ name, approved, newName, message, requestsUrl }: NameChangeDecidedProps) {
  return (
    <EmailLayout preview={approved ? "Your name change was approved" : "Your name change request was not approved"}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        {approved
          ? `We approved your request: your educator record now shows the name ${newName}. Your earlier name is kept as a former name.`
          : `We could not approve your request to change the name on your educator record to ${newName}.`}
      </Text>
      {message ? <Text style={paragraph}>Message from the agency: {message}</Text> : null}
      <Text style={paragraph}>
        See your requests at <Link href={requestsUrl}>{requestsUrl}</Link>.
      </Text>
    </EmailLayout>
  );
}

NameChangeDecided.PreviewProps = {
  name: "Ada Lovelace",
  approved: true,
  newName: "Ada King",
  message: null,
  requestsUrl: "http://localhost:3000/requests",
} satisfies NameChangeDecidedProps;

export function nameChangeDecidedMessage(to: string, props: NameChangeDecidedProps): OutgoingEmail {
  return {
    to,
    template: "name-change-decided",
    subject: props.approved ? "Your name change was approved" : "Your name change request was not approved",
    react: <NameChangeDecided {...props} />,
  };
}

export default NameChangeDecided;
