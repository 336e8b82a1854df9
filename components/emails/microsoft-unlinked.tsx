import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** NOTIF-3: the Microsoft account no longer signs in to this portal account. */
export type MicrosoftUnlinkedProps = { username: string; supportUrl: string };

export function MicrosoftUnlinked({ username, supportUrl }: MicrosoftUnlinkedProps) {
  return (
    <EmailLayout preview="A Microsoft account was unlinked">
      <Text style={paragraph}>
        The Microsoft account linked to the account {username} was unlinked from your profile. &ldquo;Login with Microsoft&rdquo; no longer signs
        in to it; your username and password still do.
      </Text>
      <Text style={paragraph}>
        <strong>This wasn&apos;t me:</strong> reset your password and tell us through the <Link href={supportUrl}>Online Support Form</Link>.
      </Text>
    </EmailLayout>
  );
}

MicrosoftUnlinked.PreviewProps = { username: "mcaldwell", supportUrl: "http://localhost:3000/support" } satisfies MicrosoftUnlinkedProps;

export function microsoftUnlinkedMessage(to: string, props: MicrosoftUnlinkedProps): OutgoingEmail {
  return { to, template: "microsoft-unlinked", subject: "A Microsoft account was unlinked from your account", react: <MicrosoftUnlinked {...props} /> };
}

export default MicrosoftUnlinked;
